"""Marks texts for translation without depending on Qt.

`pyside6-lupdate` extracts calls named ``QT_TRANSLATE_NOOP``; the GUI translates the returned source text
with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context
    return text
