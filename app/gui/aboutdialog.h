// The About dialog: version, purpose, and the versions of Qt, Qwt, Eigen and Boost this build
// uses (people report them with bugs). GUI thread only.
#pragma once

#include <QDialog>

namespace nd {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    // The library versions as one line, e.g. "Qt 6.4.2, Qwt 6.3.0, Eigen 3.4.0, Boost 1.81".
    static QString libraryVersions();
};

} // namespace nd
