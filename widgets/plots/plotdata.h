// What every NeuroDyn plot offers besides drawing: the numbers it draws as CSV (for data
// export) and whether it holds any data yet. GUI thread only.
#pragma once

#include <QByteArray>

namespace nd {

class PlotData {
public:
    virtual ~PlotData() = default;
    // The plotted data as CSV with a header line; "." decimal point, full double precision.
    virtual QByteArray toCsv() const = 0;
    virtual bool hasData() const = 0;
};

// A number as CSV writes it: shortest exact round trip of a double, "." decimal point.
inline QByteArray csvNumber(double value)
{
    return QByteArray::number(value, 'g', 17);
}

} // namespace nd
