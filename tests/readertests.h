// What the tests of the engine's file readers share (tests/measures: tst_weightfiles,
// tst_interactionnetwork, tst_readers): the message of the InputError a call throws, and a
// temporary folder the tests write their input files into (bytes from weightwriter.h and the
// like). Header-only; QtCore for the folder.
#pragma once

#include "common/errors.h"
#include "weightwriter.h"

#include <QTemporaryDir>

#include <string>

namespace ndtest {

// The message of the InputError that f() throws, or "no error".
template <typename F> std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const nd::InputError& e) {
        return e.what();
    }
    return "no error";
}

// A temporary folder, removed with the test; write() puts bytes into a file of it by name.
class TempFiles {
public:
    bool isValid() const { return m_dir.isValid(); }
    // The path of the file `name` in the folder, written with `bytes`.
    std::string write(const std::string& name, const std::string& bytes) const
    {
        const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
        writeBytes(path, bytes);
        return path;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace ndtest
