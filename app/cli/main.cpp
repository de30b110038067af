// neurodyn-cli: the headless twin of the GUI.
#include "cli/simulatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

const char* kUsage = QT_TRANSLATE_NOOP("Cli",
    "Usage: neurodyn-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  simulate   iterate a model and print its trajectory as CSV\n"
    "\n"
    "Run 'neurodyn-cli COMMAND --help' for a command's options.\n");

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neurodyn-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEURODYN_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << QCoreApplication::translate("Cli", kUsage);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "neurodyn-cli " << NEURODYN_VERSION << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("simulate"))
        return nd::cli::runSimulate(args);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "neurodyn-cli: unknown command '%1'\n").arg(command)
                        << QCoreApplication::translate("Cli", kUsage);
    return 2;
}
