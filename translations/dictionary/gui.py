# Translations of the gui branch (range feedback of number fields, progress and cancel notes,
# the simulation settings above the time series, the 0-1 test's notes): t(source, German,
# Simplified Chinese).
t("%1 is outside the valid range %2 to %3: set to %4", "%1 liegt außerhalb des gültigen Bereichs %2 bis %3: auf %4 gesetzt", "%1 超出有效范围 %2 到 %3：已设为 %4")
t("Computations cancelled", "Berechnungen abgebrochen", "计算已取消")
t("Computing: %1", "Berechnung: %1", "正在计算：%1")
t("Trajectory", "Trajektorie", "轨迹")
t("Orbit diagram: cancelled. Compute it again with Analysis > Recompute (F5) or by changing its settings.", "Orbitdiagramm: abgebrochen. Mit Analyse > Neu berechnen (F5) oder durch Ändern seiner Einstellungen erneut berechnen.", "轨道图：已取消。可通过“分析 > 重新计算”（F5）或修改其设置重新计算。")
t("%1: cancelled. Compute it again with Analysis > Recompute (F5) or by changing its settings.", "%1: abgebrochen. Mit Analyse > Neu berechnen (F5) oder durch Ändern der Einstellungen erneut berechnen.", "%1：已取消。可通过“分析 > 重新计算”（F5）或修改其设置重新计算。")
t("Change simulation", "Simulation ändern", "修改模拟")
t("States recorded for the time series, the phase portrait and the measures of the series (0-1 test, sample entropy, MFDFA)", "Aufgezeichnete Zustände für die Zeitreihe, das Phasenporträt und die Maße der Reihe (0-1-Test, Stichprobenentropie, MFDFA)", "为时间序列、相图以及序列度量（0-1 检验、样本熵、MFDFA）记录的状态数")
t("Steps iterated and discarded before the first recorded state", "Schritte, die vor dem ersten aufgezeichneten Zustand iteriert und verworfen werden", "在记录第一个状态之前迭代并丢弃的步数")
t("Stride:", "Schrittweite:", "步长：")
t("Steps between two recorded states: k records every k-th step (subsamples the series)", "Schritte zwischen zwei aufgezeichneten Zuständen: k zeichnet jeden k-ten Schritt auf (dünnt die Reihe aus)", "两个记录状态之间的步数：k 表示每隔 k 步记录一次（对序列降采样）")
t("Oversampled input: (max - min) / mean |x(n+1) - x(n)| = %1 > 10, so K is unreliable; record every k-th step instead (Stride above the time series).", "Überabgetastete Eingabe: (max - min) / Mittelwert |x(n+1) - x(n)| = %1 > 10, daher ist K unzuverlässig; stattdessen jeden k-ten Schritt aufzeichnen (Schrittweite über der Zeitreihe).", "输入过采样：(max - min) / |x(n+1) - x(n)| 的均值 = %1 > 10，因此 K 不可靠；请改为每隔 k 步记录一次（时间序列上方的“步长”）。")
t("the mean-square displacement of this c was not kept with the result", "die mittlere quadratische Verschiebung für dieses c wurde mit dem Ergebnis nicht aufbewahrt", "此 c 的均方位移未随结果保存")
