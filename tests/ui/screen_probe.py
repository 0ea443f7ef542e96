"""Opens the main window on a screen of a chosen size and prints where everything went.

Qt's offscreen platform takes its screens from a JSON file
(``QT_QPA_PLATFORM=offscreen:configfile=screens.json``), read once when the application
starts; so each screen size needs its own process. Used by tests/ui/test_main_window.py::

    python tests/ui/screen_probe.py WIDTH HEIGHT [ZOOM]

prints one JSON object: the screen's available geometry, and for each panel in turn the
window's frame, whether it is maximised, the bottom of the status bar (global y), the
window's minimum size, and the lesson's state. The settings start empty (a first start).
"""

import json
import os
import sys
import tempfile


def main() -> None:
    width, height = int(sys.argv[1]), int(sys.argv[2])
    zoom = float(sys.argv[3]) if len(sys.argv) > 3 else None
    folder = tempfile.mkdtemp(prefix="tfintro-gui-screen-probe-")
    config = os.path.join(folder, "screens.json")
    with open(config, "w", encoding="utf-8") as stream:
        json.dump({"screens": [{"name": "probe", "x": 0, "y": 0, "width": width,
                                "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                "dpr": 1}]}, stream)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["XDG_CONFIG_HOME"] = os.path.join(folder, "config")
    os.environ["XDG_CACHE_HOME"] = os.path.join(folder, "cache")

    from PySide6.QtCore import QPoint, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from tfintro_gui.app import APPLICATION, ORGANIZATION, _without_offscreen_notices
    from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow

    qInstallMessageHandler(_without_offscreen_notices)
    app = QApplication([])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    if zoom is not None:
        QSettings().setValue("view/zoom", zoom)
    window = MainWindow(initial_panel=PANEL_KEYS[0], load_tensorflow=False)
    report = {"available": window.screen().availableGeometry().getRect(), "panels": {}}
    window.show()
    for key in PANEL_KEYS:
        window.show_panel(key)
        for _ in range(5):
            app.processEvents()
        bar = window.statusBar()
        report["panels"][key] = {
            "frame": window.frameGeometry().getRect(),
            "maximised": window.isMaximized(),
            "status_bar_bottom": bar.mapToGlobal(QPoint(0, bar.height() - 1)).y(),
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "lesson_visible": window.lesson_visible(),
            "lesson_mode": window.lesson_mode(),
        }
    window.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
