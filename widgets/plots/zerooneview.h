// The 0-1 test for chaos with everything a referee asks for: K_c against c with the median K,
// the p-q trajectory and the mean-square displacement M_c(n) with its corrected form D_c(n) for
// a chosen c (click a point of the K_c plot or pick it in the list), and K, n_cut and the
// oversampling warning in the header. GUI thread only.
#pragma once

#include "measures/zeroone.h"
#include "plots/plotpanel.h"

#include <span>
#include <vector>

class QComboBox;

namespace nd {

class ZeroOneView : public PlotPanel {
    Q_OBJECT
public:
    explicit ZeroOneView(QWidget* parent = nullptr);

    // The result and the series it was computed from. The series gives the p-q trajectory of
    // any c (the result holds only the one closest to the median) and D_c(n); without it only
    // the result's own c shows a trajectory and D_c is left out.
    void setResult(const ZeroOneResult& result, std::span<const double> series = {});
    // Selects c by its index in result.c (initially result.displayIndex).
    void setSelectedIndex(int index);
    int selectedIndex() const { return m_selected; }
    const ZeroOneResult& result() const { return m_result; }

    // The sub-plots (plots() lists those shown, with their titles).
    QwtPlot* kcPlot() const { return m_kcPlot; }
    QwtPlot* trajectoryPlot() const { return m_pqPlot; }
    QwtPlot* displacementPlot() const { return m_msdPlot; }

    // What the trajectory and displacement plots show for the selected c (for tests and CSV).
    const std::vector<double>& shownP() const { return m_p; }
    const std::vector<double>& shownQ() const { return m_q; }
    const std::vector<double>& shownM() const { return m_m; }
    const std::vector<double>& shownD() const { return m_d; }

signals:
    void selectedIndexChanged(int index);

private:
    void clearData() override; // PlotPanel::setMessage drops the data through it
    void drawKc();
    void drawSelected();
    void selectNearest(double c);
    bool preparePlot(DataPlot* plot, const QString& title, bool empty, const QString& whyEmpty);

    DataPlot* m_kcPlot;
    DataPlot* m_pqPlot;
    DataPlot* m_msdPlot;
    QComboBox* m_choice;
    ZeroOneResult m_result;
    std::vector<double> m_series;
    int m_selected = -1;
    std::vector<double> m_p, m_q, m_m, m_d;
};

} // namespace nd
