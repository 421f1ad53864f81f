// The support snapshot dialog's document view with a long history: a JSON document of N activity events
// (default 100,000; about 180 bytes and 6 lines each, indented as the snapshot is), shown by the dialog's
// TextLinesView or, for comparison, by a QPlainTextEdit (what the dialog used before). Times giving it the text
// until the first frame is painted, then scrolling to the end, and reports the peak RSS. One kind per process,
// so the peak is that kind's own.
//   bench_snapshotview view|plaintext [EVENTS]
#include "pages/textlines.h"
#include "startupready.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QScrollBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString kind = args.value(1);
    if (kind != QLatin1String("view") && kind != QLatin1String("plaintext")) {
        std::fprintf(stderr, "usage: bench_snapshotview view|plaintext [EVENTS]\n");
        return 2;
    }
    const int events = std::max(1, args.value(2, QStringLiteral("100000")).toInt());
    const QByteArray event = "        {\n"
                             "            \"at\": \"2026-11-26T10:00:00Z\",\n"
                             "            \"ip\": \"192.0.2.1\",\n"
                             "            \"kind\": \"sign_in\",\n"
                             "            \"userAgent\": \"Mozilla/5.0 (X11; Linux x86_64)\"\n"
                             "        },\n";
    QByteArray text = "{\n    \"activity\": [\n";
    text.reserve(event.size() * events + 64);
    for (int i = 0; i < events; ++i)
        text += event;
    text += "    ]\n}\n";

    facturos::pages::TextLinesView view;
    QPlainTextEdit edit;
    QAbstractScrollArea *shown = kind == QLatin1String("view") ? static_cast<QAbstractScrollArea *>(&view) : &edit;
    edit.setReadOnly(true);
    edit.setLineWrapMode(QPlainTextEdit::NoWrap);
    shown->resize(740, 420);
    shown->show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    if (shown == &view)
        view.setText(text);
    else
        edit.setPlainText(QString::fromUtf8(text));
    shown->repaint();
    const double painted = double(timer.nsecsElapsed()) / 1e6;
    shown->verticalScrollBar()->setValue(shown->verticalScrollBar()->maximum());
    shown->repaint();
    const double end = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%s: %d events, %.1f MB: shown in %.1f ms, at the end in %.1f ms, peak RSS %.1f MiB\n",
                qPrintable(kind), events, double(text.size()) / 1e6, painted, end,
                double(facturos::bench::peakRssKib()) / 1024);
    return 0;
}
