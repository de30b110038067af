# Translations of the basin-boundary measures (issue 19 point 3): the engine's checks of the
# basin entropy, uncertainty exponent and Wada test settings: t(source, German, Simplified Chinese).
t("%1: %2 labels do not fill a grid of %3 x %4 cells", "%1: %2 Labels füllen kein Gitter aus %3 x %4 Zellen", "%1：%2 个标签填不满 %3 x %4 个单元的网格")
t("%1: at least two different perturbation sizes are needed", "%1: es werden mindestens zwei verschiedene Störungsgrößen benötigt", "%1：至少需要两个不同的扰动大小")
t("%1: boxes of %2 cells do not fit in a grid of %3 x %4 cells", "%1: Boxen aus %2 Zellen passen nicht in ein Gitter aus %3 x %4 Zellen", "%1：%2 个单元的盒子放不进 %3 x %4 个单元的网格")
t("%1: no classifier to evaluate perturbed points", "%1: kein Klassifikator zur Auswertung gestörter Punkte", "%1：没有用于计算扰动点的分类器")
t("%1: perturbation sizes must be in (0, 0.5) of the axis range (got %2)", "%1: Störungsgrößen müssen in (0, 0.5) des Achsenbereichs liegen (erhalten: %2)", "%1：扰动大小必须在坐标轴范围的 (0, 0.5) 之内（得到 %2）")
t("%1: the box size must be >= 1 cell", "%1: die Boxgröße muss >= 1 Zelle sein", "%1：盒子大小必须 >= 1 个单元")
t("%1: the grid has no cells", "%1: das Gitter hat keine Zellen", "%1：网格没有单元")
t("%1: the number of samples must be in [1, %2]", "%1: die Anzahl der Stichproben muss in [1, %2] liegen", "%1：样本数必须在 [1, %2] 内")
t("%1: the refinement cap must be in [0, 20] levels", "%1: die Verfeinerungsgrenze muss in [0, 20] Stufen liegen", "%1：细化上限必须在 [0, 20] 层之内")
