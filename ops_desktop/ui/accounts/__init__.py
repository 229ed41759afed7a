"""The accounts feature of the GUI: sign-in parts, own password, the administrator's accounts
dialog, recovery code and break-glass access, and the Konto menu that opens them."""
