"""Teksty dokumentów: the office's fixed wording of each printed document (contract clauses,
aneks, declaration, RODO notice, consents, funding line). Saving a change adds a version;
earlier versions can be read but never changed, because printed documents and signed
consents name the version they used. Editing needs the settings permission."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel, QListView, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.errors import DomainError, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import document_texts
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.contracts.contract_messages import problems_text
from ops_desktop.ui.common.table_models import Column, RowsModel

_NAMES = {
    TextKey.CONTRACT_CLAUSES:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Kontrakt socjalny — postanowienia (pkt 6)"),
    TextKey.AMENDMENT_CLAUSES:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Aneks do kontraktu — postanowienia końcowe"),
    TextKey.DECLARATION: QT_TRANSLATE_NOOP("DocumentTextsDialog", "Deklaracja uczestnictwa"),
    TextKey.INFORMATION_NOTICE:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Informacja o przetwarzaniu danych (art. 13 "
                                                 "RODO)"),
    TextKey.CONSENT_DATA:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Zgoda na przetwarzanie danych osobowych"),
    TextKey.CONSENT_SPECIAL:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Zgoda na dane szczególnych kategorii "
                                                 "(dobrowolna)"),
    TextKey.CONSENT_IMAGE:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Zgoda na wykorzystanie wizerunku (dobrowolna)"),
    TextKey.FUNDING_LINE:
        QT_TRANSLATE_NOOP("DocumentTextsDialog", "Informacja o współfinansowaniu (gdy projekt nie "
                                                 "ma własnej)"),
}


def text_name(key: TextKey) -> str:
    return QCoreApplication.translate("DocumentTextsDialog", _NAMES[key])


class DocumentTextsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._writable = ctx.can(Permission.SETTINGS_WRITE)
        self.setWindowTitle(self.tr("Teksty dokumentów"))
        self.resize(1000, 640)
        self.keys = RowsModel([Column(self.tr("Dokument"), lambda key: text_name(key))], self)
        self.keys.set_rows(list(TextKey))
        self.list = QListView()
        self.list.setObjectName("textKeys")
        self.list.setModel(self.keys)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setFixedWidth(360)
        self.list.setSpacing(2)
        self.versions = QComboBox()
        self.versions.setObjectName("textVersions")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("textEditor")
        self.info = QLabel()
        self.info.setObjectName("textInfo")
        self.info.setWordWrap(True)
        hint = QLabel(self.tr("W tekście można użyć: {ośrodek}, {adres_ośrodka}, {projekt} — "
                              "przy wydruku zastępowane danymi ośrodka i projektu."))
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Zapisz jako nową wersję"))
        self.save_button.setObjectName("saveText")
        self.save_button.setEnabled(self._writable)
        close = QPushButton(self.tr("Zamknij"))
        close.clicked.connect(self.accept)
        right = QVBoxLayout()
        right.addWidget(self.versions)
        right.addWidget(self.editor, 1)
        right.addWidget(hint)
        right.addWidget(self.info)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._key_changed())
        self.versions.currentIndexChanged.connect(self._version_changed)
        self.save_button.clicked.connect(self.save)
        self._history: list = []
        self.list.setCurrentIndex(self.keys.index(0, 0))

    def current_key(self) -> TextKey:
        return self.keys.row(self.list.currentIndex().row())

    def select_key(self, key: TextKey) -> None:
        self.list.setCurrentIndex(self.keys.index(list(TextKey).index(key), 0))

    def _key_changed(self) -> None:
        self._history = document_texts.history(self._ctx, key=self.current_key())
        self.versions.blockSignals(True)
        self.versions.clear()
        for number, item in enumerate(self._history):
            when = item.created_at.strftime("%d.%m.%Y %H:%M")
            label = self.tr("Wersja {v} z {when}").format(v=item.version, when=when)
            if number == 0:
                label = self.tr("{label} (obowiązująca)").format(label=label)
            self.versions.addItem(label, item.version)
        self.versions.blockSignals(False)
        self._version_changed()

    def _version_changed(self) -> None:
        index = max(self.versions.currentIndex(), 0)
        item = self._history[index]
        current = index == 0
        self.editor.setPlainText(item.text)
        self.editor.setReadOnly(not (current and self._writable))
        self.save_button.setEnabled(current and self._writable)
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Wersja {v}.").format(v=item.version) if current else self.tr(
            "Wersja {v} — tylko do odczytu: mogła zostać użyta w wydrukach i zgodach.").format(
            v=item.version))

    def save(self) -> None:
        key = self.current_key()
        try:
            saved = document_texts.save_text(self._ctx, key=key, text=self.editor.toPlainText())
        except ValidationFailed as exc:
            self.info.setStyleSheet("color: #b00020;")
            self.info.setText(problems_text(exc.problems))
            return
        except DomainError as exc:
            self.info.setStyleSheet("color: #b00020;")
            self.info.setText(self.tr("Nie zapisano ({error}).").format(error=type(exc).__name__))
            return
        self._key_changed()
        self.info.setText(self.tr("Zapisano wersję {v}.").format(v=saved.version))
