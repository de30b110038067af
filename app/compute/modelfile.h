// Reading a typed model from a file for the CLI (--model-file, import-ode) and the GUI's File >
// Import: an XPPAUT .ode file (core/equations/xppimport.h) or a text in NeuroDyn's model
// language (core/equations/modelsource.h), and the new study that holds it. The report of
// untranslated .ode lines comes back in the user's language, one line per note. Any thread.
#pragma once

#include "study/study.h"

#include "equations/modelsource.h"

#include <QString>
#include <QStringList>

namespace nd::compute {

struct ModelFile {
    bool ok = false;
    eq::ModelSource source;
    // .ode files: "line N: the line: why it was not translated" for every line left out or changed.
    QStringList notes;
    QString error; // when !ok: names the file, the line and the problem
};

// How a file is read: ByName takes a name ending in .ode (any case) as XPPAUT, any other as the
// model language.
enum class ModelFormat { ByName, Xpp, ModelText };
bool isXppFileName(const QString& path);

// Reads `bytes`, the contents of `path` (named in messages).
ModelFile readModelBytes(const QString& path, const QByteArray& bytes,
                         ModelFormat format = ModelFormat::ByName);
ModelFile readModelFile(const QString& path, ModelFormat format = ModelFormat::ByName);

// A new study of the model with every other setting at its defaults, titled `title`.
// Throws InputError when the engine refuses the model.
Study studyForModel(const eq::ModelSource& source, const QString& title);

} // namespace nd::compute
