"""Share a job: pick a person from the square's directory (as cached at the last sync) and
the role they get on this job.

The directory is searched by name, affiliation and field, offline. Before the first sync
there is no directory: the user name can be typed, and the dialog says that a sync fetches
the directory (the square refuses a name it does not know, on the push).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.review.directory import MemberCard
from app.roles import MEMBER_ROLES
from ui.jobs.access import role_label

NAME = Qt.ItemDataRole.UserRole
ROLE = Qt.ItemDataRole.UserRole + 1


def card_text(card: MemberCard) -> str:
    """One line of the list: the name, the affiliation and the fields."""
    extra = " · ".join(p for p in (card.affiliation, ", ".join(card.fields)) if p)
    return f"{card.name} — {extra}" if extra else card.name


def matches(card: MemberCard, terms: list[str]) -> bool:
    """Every search word found in the name, the affiliation or a field."""
    haystack = " ".join((card.name, card.affiliation, *card.fields)).lower()
    return all(t in haystack for t in terms)


class ShareDialog(QDialog):
    def __init__(
        self, cards: Iterable[MemberCard], taken: Iterable[str], parent: QWidget | None = None
    ) -> None:
        """`taken`: the job's members and the user, who are not offered again."""
        super().__init__(parent)
        every = list(cards)
        skip = set(taken)
        self.cards = [c for c in every if c.name not in skip]
        self.directory = bool(every)  # fetched at a sync: pick from it, else type a name
        self.setMinimumWidth(460)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget()
        self.list.setObjectName("directoryList")
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_if_ready())
        self.name_edit = QLineEdit()  # without a directory: the square user name, typed
        self.name_edit.textChanged.connect(self._update_ok)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.role_combo = QComboBox()
        for role in ("advisor", "trainer", "maker"):
            self.role_combo.addItem(role_label(role), role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.retranslate()
        self._fill()

    def _lay_out(self) -> None:
        form = QFormLayout()
        self.name_label, self.role_label = QLabel(), QLabel()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_combo)
        v = QVBoxLayout(self)
        v.addWidget(self.search)
        v.addWidget(self.list, 1)
        v.addWidget(self.hint)
        v.addLayout(form)
        v.addWidget(self.buttons)
        self.search.setVisible(self.directory)
        self.list.setVisible(self.directory)
        self.name_label.setVisible(not self.directory)
        self.name_edit.setVisible(not self.directory)
        (self.list if self.directory else self.name_edit).setFocus()

    def _fill(self) -> None:
        terms = self.search.text().lower().split()
        self.list.clear()
        for card in self.cards:
            if matches(card, terms):
                item = QListWidgetItem(card_text(card))
                item.setData(NAME, card.name)
                item.setData(ROLE, card.role)
                item.setToolTip(card.intro)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_ok()

    def _on_current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        """A person's role on the square is the likely one on the job (an admin: maker)."""
        if item is not None:
            role = str(item.data(ROLE))
            role = role if role in MEMBER_ROLES else "maker" if role == "admin" else "advisor"
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.user()))

    def _accept_if_ready(self) -> None:
        if self.user():
            self.accept()

    def user(self) -> str:
        if not self.directory:
            return self.name_edit.text().strip()
        item = self.list.currentItem()
        return str(item.data(NAME)) if item is not None else ""

    def role(self) -> str:
        return str(self.role_combo.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share job"))
        self.search.setPlaceholderText(self.tr("Search by name, affiliation or field"))
        self.name_label.setText(self.tr("User name"))
        self.role_label.setText(self.tr("Role on this job"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Share"))
        self.hint.setText(
            self.tr("Shared people get this job at their next sync.")
            if self.directory
            else self.tr(
                "The square's directory is not on this PC yet: a sync fetches it. Meanwhile, "
                "type the person's user name on the square."
            )
        )
