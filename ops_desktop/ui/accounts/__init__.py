"""The accounts feature of the GUI: the first start (setting up the office), the login dialog
and its parts, own password, the administrator's accounts dialog, recovery code and
break-glass access, and the Konto menu that opens them."""
