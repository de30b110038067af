#include "gui/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <qwt_global.h>

#include <Eigen/Core>
#include <boost/version.hpp>

namespace nd {

QString AboutDialog::libraryVersions()
{
    return tr("Qt %1, Qwt %2, Eigen %3.%4.%5, Boost %6.%7")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QWT_VERSION_STR))
        .arg(EIGEN_WORLD_VERSION)
        .arg(EIGEN_MAJOR_VERSION)
        .arg(EIGEN_MINOR_VERSION)
        .arg(BOOST_VERSION / 100000)
        .arg(BOOST_VERSION / 100 % 1000);
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About NeuroDyn"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/neurodyn.svg")).pixmap(96, 96));
    auto* text = new QLabel(tr("<h3>NeuroDyn %1</h3>"
                               "<p>Nonlinear dynamics of neuron networks: maps, networks and oscillators; "
                               "orbit diagrams, phase portraits and more.</p>"
                               "<p>Built with %2.</p>")
                                .arg(QStringLiteral(NEURODYN_VERSION), libraryVersions()),
                            this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(460, 220);
}

} // namespace nd
