// The recurrence plot of an RQA run: the bit-packed matrix drawn as a raster, time index i
// across, j up. A matrix larger than kMaxCells a side is drawn in square blocks, each cell the
// fraction of recurrent pairs in its block (exact, by popcount), so N = 1e4 draws as 1000 x 1000
// cells instead of 1e8. CSV holds the cells as drawn. GUI thread only.
#pragma once

#include "measures/recurrence.h"
#include "plots/heatmap.h"
#include "plots/plotdata.h"

#include <qwt_plot.h>

#include <vector>

namespace nd {

class RecurrencePlotView : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    static constexpr std::size_t kMaxCells = 1000;

    explicit RecurrencePlotView(QWidget* parent = nullptr);

    void setMatrix(const RecurrenceMatrix& matrix);
    void clear();
    std::size_t points() const { return m_points; }
    std::size_t blockSize() const { return m_block; }
    std::size_t cellsPerSide() const { return m_side; }
    // Fraction of recurrent pairs in the block of column c (i) and row r (j).
    double cell(std::size_t c, std::size_t r) const { return m_cells[r * m_side + c]; }

    QByteArray toCsv() const override; // i0,j0,block,fraction per cell
    bool hasData() const override { return m_points > 0; }

private:
    HeatMap m_heat;
    std::size_t m_points = 0, m_block = 1, m_side = 0;
    std::vector<double> m_cells; // row-major from j = 0
};

} // namespace nd
