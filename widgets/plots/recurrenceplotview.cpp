#include "plots/recurrenceplotview.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <qwt_text.h>

#include <algorithm>
#include <bit>

namespace nd {

RecurrencePlotView::RecurrencePlotView(QWidget* parent) : QwtPlot(parent), m_heat(this)
{
    applyPlotStyle(this);
    m_heat.setColorMapName(QStringLiteral("grey"));
    m_heat.setBlankZero(true);
    m_heat.setFixedRange(QwtInterval(0.0, 1.0));
    retranslateWith(this, [this] {
        setTitle(wrappedText(tr("Recurrence plot")));
        setAxisTitle(QwtAxis::XBottom, tr("i (embedded vector)"));
        setAxisTitle(QwtAxis::YLeft, tr("j (embedded vector)"));
        m_heat.setColorBarTitle(tr("recurrent fraction"));
        setToolTip(
            tr("Recurrence plot: a dark cell where the states at times i and j are within eps of each "
               "other; large matrices are drawn in blocks, each shaded by its fraction of recurrences."));
    });
    m_heat.refresh();
}

void RecurrencePlotView::clear()
{
    m_points = 0;
    m_side = 0;
    m_cells.clear();
    m_heat.setGrid(QwtInterval(0.0, 1.0), 1, QwtInterval(0.0, 1.0), 1);
    m_heat.refresh();
    replot();
}

void RecurrencePlotView::setMatrix(const RecurrenceMatrix& matrix)
{
    setPlotMessage(this, {});
    m_points = matrix.size();
    m_block = (m_points + kMaxCells - 1) / kMaxCells;
    if (m_block == 0)
        m_block = 1;
    m_side = (m_points + m_block - 1) / m_block;
    m_cells.assign(m_side * m_side, 0.0);
    // Count the set bits of each block: row j of the matrix adds to cell row j / block.
    std::vector<std::size_t> counts(m_side * m_side, 0);
    for (std::size_t j = 0; j < m_points; ++j) {
        const std::uint64_t* row = matrix.row(j);
        std::size_t* out = counts.data() + (j / m_block) * m_side;
        for (std::size_t w = 0; w < matrix.wordsPerRow(); ++w) {
            std::uint64_t bits = row[w];
            while (bits) {
                ++out[(w * 64 + static_cast<std::size_t>(std::countr_zero(bits))) / m_block];
                bits &= bits - 1;
            }
        }
    }
    for (std::size_t r = 0; r < m_side; ++r)
        for (std::size_t c = 0; c < m_side; ++c) {
            const std::size_t w = std::min(m_block, m_points - c * m_block);
            const std::size_t h = std::min(m_block, m_points - r * m_block);
            m_cells[r * m_side + c] =
                static_cast<double>(counts[r * m_side + c]) / static_cast<double>(w * h);
        }
    const double extent = static_cast<double>(m_side * m_block);
    m_heat.setGrid(QwtInterval(0.0, extent), static_cast<int>(m_side), QwtInterval(0.0, extent),
                   static_cast<int>(m_side));
    m_heat.setCells(m_cells);
    m_heat.refresh();
    m_heat.fitAxes();
    replot();
}

QByteArray RecurrencePlotView::toCsv() const
{
    QByteArray csv = "i0,j0,block,fraction\n";
    for (std::size_t r = 0; r < m_side; ++r)
        for (std::size_t c = 0; c < m_side; ++c)
            csv += QByteArray::number(static_cast<qulonglong>(c * m_block)) + ',' +
                   QByteArray::number(static_cast<qulonglong>(r * m_block)) + ',' +
                   QByteArray::number(static_cast<qulonglong>(m_block)) + ',' +
                   csvNumber(m_cells[r * m_side + c]) + '\n';
    return csv;
}

} // namespace nd
