"""The main window: a navigation column on the left, one page per section on the right.

Only sections that work are shown. Features add their page with `add_page()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from visitapp import __version__
from visitapp.services import Services
from visitapp.settings import Settings
from visitapp.ui.icons import icon
from visitapp.ui.survey.survey_controller import SurveyController
from visitapp.ui.visits_panel import VisitsPanel

UNDO_HINT_MS = 10_000


class MainWindow(QMainWindow):
    page_changed = Signal(int)

    def __init__(
        self, services: Services, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("visitapp")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(960, 600))
        self._pages: list[QWidget | None] = []
        self._factories: list[Callable[[], QWidget] | None] = []
        self._build()
        self.visits_panel = VisitsPanel(services.records, self.undo_stack)
        self.add_page(self.visits_panel, "visits")
        self.add_page(self._make_schools_panel, "schools", self.tr("Schools"))
        self.add_page(self._make_ambassadors_panel, "ambassadors", self.tr("Ambassadors"))
        # Pupil surveys: a "Survey" button on the visits page; `self.survey.bridge` carries live
        # answer counts (the presentation's QR overlay listens there too).
        self.survey = SurveyController(services, self.visits_panel, self, settings)
        self.visits_panel.add_visit_action(self.survey.action)
        from visitapp.ui.present import install as install_presentation

        install_presentation(self)
        self.add_page(self._make_dashboard_panel, "dashboard", self.tr("Impact"))
        self.sync_row = self.navigation.count()
        self.add_page(self._make_sync_panel, "sync", self.tr("Sync"))
        self._build_menus()
        self._connect_signals()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(210)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        brand = QLabel("visitapp")
        brand.setObjectName("brand")
        tagline = QLabel(self.tr("Engineering is for everyone"))
        tagline.setObjectName("tagline")
        tagline.setWordWrap(True)
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 18, 0, 12)
        side_layout.setSpacing(4)
        side_layout.addWidget(brand)
        side_layout.addWidget(tagline)
        side_layout.addSpacing(14)
        side_layout.addWidget(self.navigation, 1)
        self.device_label = QLabel()
        self.device_label.setObjectName("sidebarFoot")
        self.device_label.setWordWrap(True)
        side_layout.addWidget(self.device_label)

        self.pages = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_HINT_MS)
        self._update_device_label()

    def add_page(
        self, page: QWidget | Callable[[], QWidget], icon_name: str, title: str = ""
    ) -> None:
        """Add a section. `page` may be a factory: the page is then built when first shown,
        which keeps start-up fast (its modules are not even imported before)."""
        if isinstance(page, QWidget):
            title = title or getattr(page, "title", page.windowTitle())
        item = QListWidgetItem(icon(icon_name), title)
        item.setSizeHint(QSize(200, 44))
        self.navigation.addItem(item)
        if isinstance(page, QWidget):
            self._pages.append(None)
            self._factories.append(None)
            self._install_page(len(self._pages) - 1, page)
        else:
            self._pages.append(None)
            self._factories.append(page)
            self.pages.addWidget(QWidget())  # replaced by the real page on first visit

    def _install_page(self, row: int, page: QWidget) -> None:
        old = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self._pages[row] = page
        changed = getattr(page, "records_changed", None)
        if changed is not None:
            changed.connect(lambda source=page: self._on_records_changed(source))

    def page(self, row: int) -> QWidget:
        """The page of section `row`, built now if it had not been shown yet."""
        page = self._pages[row]
        if page is None:
            factory = self._factories[row]
            assert factory is not None
            page = factory()
            self._factories[row] = None
            self._install_page(row, page)
        return page

    # Sections built on first use. Their modules are imported here, not at start-up.

    def _make_schools_panel(self) -> QWidget:
        from visitapp.ui.schools_panel import SchoolsPanel

        panel = SchoolsPanel(self.services.records, self.services.school_import, self.undo_stack)
        panel.last_import_dir = self.settings.last_import_dir or panel.last_import_dir
        return panel

    def _make_ambassadors_panel(self) -> QWidget:
        from visitapp.ui.ambassadors_panel import AmbassadorsPanel

        return AmbassadorsPanel(self.services.records, self.undo_stack)

    def _make_sync_panel(self) -> QWidget:
        from visitapp.ui.sync import SyncPanel

        return SyncPanel(self.services, self.settings)

    def _make_dashboard_panel(self) -> QWidget:
        from visitapp.ui.dashboard.dashboard_panel import DashboardPanel

        return DashboardPanel(self.services)

    @property
    def schools_panel(self):
        return self.page(1)

    @property
    def ambassadors_panel(self):
        return self.page(2)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_schools_action = QAction(icon("import"), self.tr("&Import schools…"), self)
        file_menu.addAction(self.import_schools_action)
        file_menu.addSeparator()
        language_menu = file_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in (
            ("", self.tr("Same as the system")),
            ("fr", "Français"),
            ("en", "English"),
        ):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language_chosen(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&About visitapp"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        self.import_schools_action.triggered.connect(self._on_import_schools_triggered)
        self.quit_action.triggered.connect(self.close)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_triggered)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_changed)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self._undo_timer.timeout.connect(self.undo_button.hide)

    # -- slots -----------------------------------------------------------------------------

    def _on_navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.pages.setCurrentIndex(row)
        focus = getattr(page, "table", page)
        focus.setFocus()
        self.page_changed.emit(row)

    def _on_records_changed(self, source: QWidget) -> None:
        """A page changed data that other pages show: refresh them."""
        for page in self._pages:
            if page is not None and page is not source and hasattr(page, "refresh"):
                page.refresh()
        self._update_device_label()

    def _on_undo_stack_changed(self, _index: int) -> None:
        if self.undo_stack.canUndo():
            text = self.undo_stack.undoText()
            self.statusBar().showMessage(self.tr("Done: %1").replace("%1", text), UNDO_HINT_MS)
            self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
            self.undo_button.show()
            self._undo_timer.start()
        else:
            self.undo_button.hide()
            self.statusBar().clearMessage()

    def _on_language_chosen(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        self.statusBar().showMessage(
            self.tr("The new language will be used the next time visitapp starts."), UNDO_HINT_MS
        )

    def _on_import_schools_triggered(self) -> None:
        self.navigation.setCurrentRow(1)
        self.schools_panel.import_action.trigger()

    def _on_shortcuts_triggered(self) -> None:
        rows = [
            (
                QKeySequence(QKeySequence.StandardKey.New).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
                self.tr("New visit, school or ambassador"),
            ),
            (self.tr("Enter or F2"), self.tr("Edit the selected line")),
            ("Ctrl+D", self.tr("Duplicate the selected visit")),
            (self.tr("Delete"), self.tr("Delete the selected line (can be undone)")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo")),
            ("Ctrl+F", self.tr("Search")),
            ("Ctrl+I", self.tr("Import schools from a CSV file")),
            (
                "Ctrl+1 … Ctrl+%1".replace("%1", str(self.navigation.count())),
                self.tr("Go to a section"),
            ),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        html = (
            "<table cellspacing='6'>"
            + "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
            + "</table>"
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About visitapp"),
            self.tr(
                "<h3>visitapp %1</h3><p>For engineering students who visit collèges and lycées "
                "to show that engineering studies are open to every pupil.</p>"
                "<p>Everything stays on this laptop, and no survey ever asks who a pupil is.</p>"
                "<p>Data file: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.services.database_path)),
        )

    def _update_device_label(self) -> None:
        me = self.services.records.me()
        if me:
            self.device_label.setText(
                me.name + (f"\n{me.engineering_school}" if me.engineering_school else "")
            )
        else:
            self.device_label.setText(self.tr("Who are you? Add yourself in Ambassadors."))

    # -- geometry --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1280, 800)
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    def remember_geometry(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64()).decode()
        if self._pages[1] is not None:
            self.settings.last_import_dir = self.schools_panel.last_import_dir

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_geometry()
        self.survey.shutdown()
        super().closeEvent(event)
