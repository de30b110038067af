#include "gui/preferencesdialog.h"

#include "plots/colormaps.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>

namespace nd {

PreferencesDialog::PreferencesDialog(const Preferences& p, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_threads(new QSpinBox(this)),
      m_width(new QDoubleSpinBox(this)), m_height(new QDoubleSpinBox(this)), m_dpi(new QSpinBox(this)),
      m_colorMap(new QComboBox(this)), m_orbitRendering(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_language->setToolTip(tr("Language of the user interface; applies as soon as you press OK"));

    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(p.threads);
    m_threads->setToolTip(tr("Worker threads for analyses such as orbit diagrams"));

    for (QDoubleSpinBox* box : {m_width, m_height}) {
        box->setRange(10.0, 2000.0);
        box->setDecimals(1);
        box->setSuffix(tr(" mm"));
    }
    m_width->setValue(p.exportSizeMm.width());
    m_height->setValue(p.exportSizeMm.height());
    m_width->setToolTip(tr("Width of exported figures"));
    m_height->setToolTip(tr("Height of exported figures"));
    m_dpi->setRange(10, 2400);
    m_dpi->setValue(p.exportDpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution of exported PNG images (SVG and PDF are vector graphics)"));

    for (const QString& name : colorMapNames())
        m_colorMap->addItem(colorMapDisplayName(name), name);
    m_colorMap->setCurrentIndex(std::max(0, m_colorMap->findData(p.colorMap)));
    m_colorMap->setToolTip(
        tr("Colour map of parameter planes and space-time plots, and of orbit diagrams drawn "
           "bright on black"));
    for (const QString& name : orbitRenderingNames())
        m_orbitRendering->addItem(orbitRenderingDisplayName(name), name);
    m_orbitRendering->setCurrentIndex(std::max(0, m_orbitRendering->findData(p.orbitRendering)));
    m_orbitRendering->setToolTip(
        tr("How orbit diagrams are drawn: either way the densest bins (periodic orbits, "
           "fixed points) stand out most against the background"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Worker &threads:"), m_threads);
    form->addRow(tr("Export &width:"), m_width);
    form->addRow(tr("Export &height:"), m_height);
    form->addRow(tr("Export &resolution:"), m_dpi);
    form->addRow(tr("&Colour map:"), m_colorMap);
    form->addRow(tr("&Orbit diagrams:"), m_orbitRendering);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.threads = m_threads->value();
    p.exportSizeMm = QSizeF(m_width->value(), m_height->value());
    p.exportDpi = m_dpi->value();
    p.colorMap = m_colorMap->currentData().toString();
    p.orbitRendering = m_orbitRendering->currentData().toString();
    return p;
}

} // namespace nd
