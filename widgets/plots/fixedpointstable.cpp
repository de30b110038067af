#include "plots/fixedpointstable.h"
#include "plots/retranslate.h"

#include <QHeaderView>
#include <QStringList>

#include <cmath>

namespace nd {

namespace {

constexpr std::size_t kMaxShownStates = 4; // networks have hundreds; the CSV has them all

QString complexText(std::complex<double> z)
{
    if (std::fabs(z.imag()) < 1e-12 * (1.0 + std::fabs(z.real())))
        return QString::number(z.real(), 'g', 8);
    return QStringLiteral("%1 %2 %3i")
        .arg(z.real(), 0, 'g', 8)
        .arg(z.imag() < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::fabs(z.imag()), 0, 'g', 8);
}

} // namespace

QString stabilityText(Stability s)
{
    switch (s) {
    case Stability::StableNode:
        return FixedPointsTable::tr("stable node");
    case Stability::StableFocus:
        return FixedPointsTable::tr("stable focus");
    case Stability::Saddle:
        return FixedPointsTable::tr("saddle");
    case Stability::UnstableNode:
        return FixedPointsTable::tr("unstable node");
    case Stability::UnstableFocus:
        return FixedPointsTable::tr("unstable focus");
    case Stability::NonHyperbolic:
        break;
    }
    return FixedPointsTable::tr("non-hyperbolic");
}

FixedPointsTable::FixedPointsTable(QWidget* parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setStretchLastSection(true);
    retranslateWith(this, [this] {
        setToolTip(tr("Fixed points found by Newton's method from many seeds, with the multipliers "
                      "(eigenvalues of the Jacobian) that decide their stability"));
    });
}

void FixedPointsTable::setMessage(const QString& message)
{
    m_points.clear();
    clear();
    setRowCount(1);
    setColumnCount(1);
    setHorizontalHeaderLabels({tr("Fixed points")});
    setItem(0, 0, new QTableWidgetItem(message));
}

void FixedPointsTable::setFixedPoints(const std::vector<FixedPoint>& points,
                                      const std::vector<std::string>& names)
{
    m_points = points;
    m_names = names;
    clear();
    if (points.empty()) {
        setMessage(tr("No fixed point found"));
        return;
    }
    const std::size_t shown = std::min(names.size(), kMaxShownStates);
    QStringList headers;
    for (std::size_t i = 0; i < shown; ++i)
        headers << QString::fromStdString(names[i]);
    headers << tr("Stability") << tr("Multipliers") << tr("Moduli") << tr("det J") << tr("Residual");
    setColumnCount(static_cast<int>(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(static_cast<int>(points.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const FixedPoint& p = points[static_cast<std::size_t>(r)];
        int c = 0;
        for (std::size_t i = 0; i < shown; ++i)
            setItem(r, c++, new QTableWidgetItem(QString::number(p.state[i], 'g', 10)));
        setItem(r, c++, new QTableWidgetItem(stabilityText(p.stability)));
        QStringList eig, mod;
        for (std::size_t i = 0; i < p.eigenvalues.size() && i < 6; ++i) {
            eig << complexText(p.eigenvalues[i]);
            mod << QString::number(p.moduli[i], 'g', 8);
        }
        if (p.eigenvalues.size() > 6) {
            eig << QStringLiteral("…");
            mod << QStringLiteral("…");
        }
        setItem(r, c++, new QTableWidgetItem(eig.join(QStringLiteral("; "))));
        setItem(r, c++, new QTableWidgetItem(mod.join(QStringLiteral("; "))));
        setItem(r, c++, new QTableWidgetItem(QString::number(p.determinant, 'g', 8)));
        setItem(r, c++, new QTableWidgetItem(QString::number(p.residual, 'g', 3)));
    }
    resizeColumnsToContents();
}

QByteArray FixedPointsTable::toCsv() const
{
    QByteArray out;
    for (const auto& n : m_names)
        out += QByteArray::fromStdString(n) + ',';
    out += "stability,det_j,residual,multipliers_re_im\n";
    for (const FixedPoint& p : m_points) {
        for (double v : p.state)
            out += QByteArray::number(v, 'g', 17) + ',';
        out += QByteArray::fromStdString(stabilityName(p.stability)) + ',' +
               QByteArray::number(p.determinant, 'g', 17) + ',' + QByteArray::number(p.residual, 'g', 17) +
               ",\"";
        for (std::size_t i = 0; i < p.eigenvalues.size(); ++i)
            out += (i ? " " : "") + QByteArray::number(p.eigenvalues[i].real(), 'g', 17) + ':' +
                   QByteArray::number(p.eigenvalues[i].imag(), 'g', 17);
        out += "\"\n";
    }
    return out;
}

} // namespace nd
