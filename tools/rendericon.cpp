// neurodyn-rendericon: a build-time tool (never installed) that renders the application's SVG
// icon into the PNG sizes of the hicolor icon theme, so the PNGs are never stale copies kept in
// git. Runs once per build on the offscreen platform (no display needed); main thread only.
//   neurodyn-rendericon ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/apps/neurodyn.png
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // The tool draws into images only: it must run on build machines without a display, and
    // without a session's runtime folder (Qt warns without one; a private temporary one will do).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: neurodyn-rendericon ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "neurodyn-rendericon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "neurodyn-rendericon: bad size " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            svg.render(&painter, QRectF(0, 0, size, size));
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(folder) || !image.save(folder + QStringLiteral("/neurodyn.png"), "PNG")) {
            err << "neurodyn-rendericon: cannot write " << folder << "/neurodyn.png\n";
            return 1;
        }
    }
    return 0;
}
