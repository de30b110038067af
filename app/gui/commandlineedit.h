// Study edits given on the GUI's command line (--edit KEY=VALUE), made exactly as if typed in
// the window: undoable, and unsaved until the user saves. Scripts and the crash-recovery test
// use them to leave unsaved work behind. GUI thread only.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace nd {

class StudyDocument;

class CommandLineEdit {
    Q_DECLARE_TR_FUNCTIONS(nd::CommandLineEdit)
public:
    // KEY=VALUE forms:
    //   NAME=VALUE           a model parameter (b=0.2)
    //   setting.KEY=VALUE    a structural setting of the model (setting.N=12, setting.node3.b=0.2)
    //   initial.I=VALUE      the initial value of state variable I (0-based)
    // False with a message for a malformed edit or one the study refuses; the study is unchanged.
    static bool apply(StudyDocument& document, const QString& edit, QString& error);
};

} // namespace nd
