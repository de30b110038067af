#include "compute/modelfile.h"

#include "equations/equationsmodel.h"
#include "equations/xppimport.h"
#include "study/enginemessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nd::compute {

namespace {

// The texts of this file, under the translation context "ModelFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ModelFile)
};

// The largest file read: the model language's own limit on a whole text, with room for the
// comments and options an .ode file carries beside the model.
constexpr qint64 kMaxFileBytes = 4 * qint64(eq::kMaxSourceBytes);

QStringList noteTexts(const std::vector<eq::XppNote>& notes)
{
    QStringList out;
    for (const eq::XppNote& n : notes) {
        const QString reason = engineMessage(InputError(n.reason, n.args));
        const QString line =
            QString::fromUtf8(n.text.data(), static_cast<qsizetype>(n.text.size())).trimmed();
        out << (line.isEmpty() ? Text::tr("line %1: %2").arg(n.line).arg(reason)
                               : Text::tr("line %1: %2: %3").arg(n.line).arg(line, reason));
    }
    return out;
}

} // namespace

bool isXppFileName(const QString& path)
{
    return path.endsWith(QLatin1String(".ode"), Qt::CaseInsensitive);
}

ModelFile readModelBytes(const QString& path, const QByteArray& bytes, ModelFormat format)
{
    ModelFile result;
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    try {
        if (format == ModelFormat::Xpp || (format == ModelFormat::ByName && isXppFileName(path))) {
            eq::XppImport imported = eq::importXppText(text);
            result.source = std::move(imported.source);
            result.notes = noteTexts(imported.notes);
        } else {
            result.source = eq::parseModelText(text);
        }
    } catch (const eq::XppImportError& e) {
        result.notes = noteTexts(e.notes()); // they may say why the model is incomplete
        result.error = QStringLiteral("%1: %2").arg(path, engineMessage(e));
        return result;
    } catch (const InputError& e) {
        result.error = QStringLiteral("%1: %2").arg(path, engineMessage(e));
        return result;
    }
    result.ok = true;
    return result;
}

ModelFile readModelFile(const QString& path, ModelFormat format)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ModelFile result;
        result.error = Text::tr("cannot read %1: %2").arg(path, f.errorString());
        return result;
    }
    if (f.size() > kMaxFileBytes) {
        ModelFile result;
        result.error = Text::tr("%1 has %2 bytes, more than the %3 a model file may have")
                           .arg(path)
                           .arg(f.size())
                           .arg(kMaxFileBytes);
        return result;
    }
    return readModelBytes(path, f.readAll(), format);
}

Study studyForModel(const eq::ModelSource& source, const QString& title)
{
    Study study =
        Study::defaultsFor(eq::EquationsModel::kTypeName, {{"definition", eq::formatModelText(source)}});
    study.title = title;
    return study;
}

} // namespace nd::compute
