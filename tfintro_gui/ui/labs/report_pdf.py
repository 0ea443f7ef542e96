"""The student report as a PDF: Qt's ``QTextDocument`` printed on a ``QPdfWriter``.

The data are :func:`tfintro_gui.core.labs.report.report_data`'s; this module only lays
them out (with the window's thumbnail at each question) in the interface's language.
No network, no extra library.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tfintro_gui.core.files import write_atomically

# Width of a thumbnail on the page, in CSS pixels (the page is about 700 wide).
THUMBNAIL_PAGE_WIDTH = 360


def _verdict(question: dict) -> str:
    if question["right"] is None:
        return QCoreApplication.translate("LabReport", "not answered")
    if question["right"]:
        return QCoreApplication.translate("LabReport", "right")
    return QCoreApplication.translate("LabReport", "wrong")


_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def _inline_markdown(text: str) -> str:
    """Escaped HTML of one line of Markdown with its `code` and **bold** kept."""
    return _BOLD.sub(r"<b>\1</b>", _CODE.sub(r"<code>\1</code>", html.escape(text)))


def report_html(data: dict, thumbnails: dict[str, str]) -> str:
    """The report as HTML for ``QTextDocument``.

    Args:
        data: the report data (see :mod:`tfintro_gui.core.labs.report`).
        thumbnails: step id -> the resource URL of its thumbnail.
    """
    escape = html.escape
    summary = data["summary"]
    parts = [
        "<h1>{}</h1>".format(escape(QCoreApplication.translate(
            "LabReport", "Lab report: {title}").format(title=data["lab"]["title"]))),
        "<p><b>{}</b> {}<br/><b>{}</b> {}</p>".format(
            escape(QCoreApplication.translate("LabReport", "Student:")),
            escape(data["student"] or "—"),
            escape(QCoreApplication.translate("LabReport", "Date:")),
            escape(data["created"])),
        "<p>{}</p>".format(escape(QCoreApplication.translate(
            "LabReport", "{right} of {questions} questions right at the first try; "
                         "{answered} answered.").format(
            right=summary["right_first_time"], questions=summary["questions"],
            answered=summary["answered"]))),
    ]
    for question in data["questions"]:
        parts.append(_question_html(question, thumbnails.get(question["step"])))
    return "\n".join(parts)


def _question_html(question: dict, thumbnail: str | None) -> str:
    escape = html.escape
    rows = [
        (QCoreApplication.translate("LabReport", "Prediction"),
         question["prediction"] if question["prediction"] is not None else "—"),
        (QCoreApplication.translate("LabReport", "All tries"),
         ", ".join(question["predictions"]) or "—"),
        (QCoreApplication.translate("LabReport", "Real value"),
         question["real_value_text"] or "—"),
        (QCoreApplication.translate("LabReport", "First try"), _verdict(question)),
    ]
    if question["shown_without_right_answer"]:
        rows.append((QCoreApplication.translate("LabReport", "Note"),
                     QCoreApplication.translate("LabReport", "value shown with Show me")))
    table = "".join(f"<tr><td><b>{escape(name)}</b></td><td>{escape(str(value))}</td></tr>"
                    for name, value in rows)
    image = (f'<p><img src="{thumbnail}" width="{THUMBNAIL_PAGE_WIDTH}"/></p>'
             if thumbnail else "")
    heading = QCoreApplication.translate("LabReport", "Question {number}").format(
        number=question["number"])
    return (f"<h2>{escape(heading)}</h2><p>{_inline_markdown(question['question'])}</p>"
            f'<table cellpadding="3">{table}</table>{image}')


def render_report_pdf(path: str | Path, data: dict, thumbnails: dict[str, QImage]) -> None:
    """Print the report to the PDF file ``path`` (written directly; see
    :func:`write_report_pdf` for the atomic way)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("LabReport", "Lab report") + " — "
                    + (data["student"] or "—"))
    writer.setCreator("TensorFlow Intro Lab")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    urls = {}
    for step_id, image in thumbnails.items():
        url = f"thumbnail:{len(urls)}"
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url), image)
        urls[step_id] = url
    document.setHtml(report_html(data, urls))
    document.print_(writer)


def write_report_pdf(path: str | Path, data: dict, thumbnails: dict[str, QImage]) -> Path:
    """Write the report PDF to ``path`` atomically (a failed write leaves the old file).

    Raises:
        OSError: the file cannot be written.
    """
    return write_atomically(path, lambda temporary: render_report_pdf(temporary, data,
                                                                      thumbnails))
