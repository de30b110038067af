#include "cli/importodecommand.h"

#include "cli/clicommon.h"

#include "compute/modelfile.h"
#include "equations/modelsource.h"
#include "study/enginemessage.h"
#include "study/studyfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "ImportOdeCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportOdeCommand)
};

const QString kCommand = QStringLiteral("import-ode");

} // namespace

int runImportOde(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "Import an XPPAUT model (.ode file) as a new study of a typed model ('equations'), written to "
        "STUDY.json or printed. Read: x(t+1)= maps, dx/dt= and x'= ODEs, par, init and x(0)=, aux, "
        "!derived constants, number, user functions, # comments, done, continued lines. Every line "
        "that is not translated (@ options, wiener, table, ran, the time t, ...) is reported on "
        "stderr with its line number. XPPAUT ignores case, NeuroDyn does not: names are lower-cased.\n"
        "Exit code 0 when the model was read (even with lines reported), 2 when no complete model "
        "could be read.\n\n"
        "Example: neurodyn-cli import-ode lorenz.ode lorenz.json"));
    p.addPositionalArgument(QStringLiteral("file"), Text::tr("The .ode file to import."));
    p.addPositionalArgument(QStringLiteral("study"),
                            Text::tr("The study file to write (default: standard output)."),
                            QStringLiteral("[study]"));
    p.addOption(
        {"model-text", Text::tr("Write the model in NeuroDyn's model language instead of a study (for "
                                "--model-file).")});
    const int parsed = parseOrHelp(p, kCommand, arguments);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return fail(kCommand, Text::tr("which .ode file? (neurodyn-cli import-ode FILE.ode [STUDY.json])"));
    if (positional.size() > 2)
        return fail(kCommand, Text::tr("unexpected argument '%1'").arg(positional.at(2)));
    const QString path = positional.first();
    const compute::ModelFile file = compute::readModelFile(path, compute::ModelFormat::Xpp);
    for (const QString& n : file.notes)
        note(kCommand, QStringLiteral("%1: %2").arg(path, n));
    if (!file.ok)
        return fail(kCommand, file.error);
    QByteArray bytes;
    try {
        if (p.isSet(QStringLiteral("model-text"))) {
            bytes = QByteArray::fromStdString(eq::formatModelText(file.source));
            if (!bytes.endsWith('\n'))
                bytes += '\n'; // a text file: its last line ends
        } else {
            bytes = studyToJson(compute::studyForModel(file.source, QFileInfo(path).completeBaseName()));
        }
    } catch (const InputError& e) {
        return fail(kCommand, QStringLiteral("%1: %2").arg(path, engineMessage(e)));
    }
    QString error;
    if (!writeOutput(positional.value(1), bytes, error))
        return fail(kCommand, Text::tr("cannot write the study: %1").arg(error));
    return kExitOk;
}

} // namespace nd::cli
