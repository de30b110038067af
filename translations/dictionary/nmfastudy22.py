# Translations of NeuroMFA as a study section, its run result and its GUI dock, and of the
# log-log plot's note on the q values it draws (issue 22 point 3): t(source, German, Simplified Chinese).
t("%1: entry %2 is empty", "%1: Eintrag %2 ist leer", "%1：第 %2 项为空")
t("%1 is none: %2 must name the weight matrices in forward order",
  "%1 ist none: %2 muss die Gewichtsmatrizen in Vorwärtsreihenfolge nennen",
  "%1 为 none：%2 必须按前向顺序列出权重矩阵")
t("%1 names the matrices itself: set %2 to none or leave %1 out",
  "%1 nennt die Matrizen selbst: %2 auf none setzen oder %1 weglassen",
  "%1 已自行指定矩阵：请将 %2 设为 none，或省略 %1")
t("%1 must be the path of a CSV file", "%1 muss der Pfad einer CSV-Datei sein", "%1 必须是一个 CSV 文件的路径")
t("NeuroMFA over training", "NeuroMFA über das Training", "训练过程中的 NeuroMFA")
t("unknown", "unbekannt", "未知")
t("<b>NeuroMFA over training</b> (method %6): %1 checkpoints (steps %2 to %3), %4 subnetworks each; E at the last step = <b>%5</b>",
  "<b>NeuroMFA über das Training</b> (Methode %6): %1 Checkpoints (Schritte %2 bis %3), je %4 Teilnetze; E im letzten Schritt = <b>%5</b>",
  "<b>训练过程中的 NeuroMFA</b>（方法 %6）：%1 个检查点（步 %2 至 %3），每个 %4 个子网络；最后一步的 E = <b>%5</b>")
t("The log-log plot draws %1 of the %2 q values (q = %3); the fits, tau(q) and the CSV use every q.",
  "Das doppelt-logarithmische Diagramm zeigt %1 der %2 q-Werte (q = %3); die Anpassungen, tau(q) und die CSV verwenden jedes q.",
  "双对数图只绘制 %2 个 q 值中的 %1 个（q = %3）；拟合、tau(q) 和 CSV 使用所有 q。")
t("NeuroMFA", "NeuroMFA", "NeuroMFA")
t("Change NeuroMFA", "NeuroMFA ändern", "更改 NeuroMFA")
t("Checkpoints:", "Checkpoints:", "检查点：")
t("Checkpoint files (.safetensors, .npz, .npy) or folders of them, separated by ';'; the training step is read from each file name (step1000.safetensors). Relative paths are relative to the study file's folder.",
  "Checkpoint-Dateien (.safetensors, .npz, .npy) oder Ordner davon, getrennt durch ';'; der Trainingsschritt wird aus jedem Dateinamen gelesen (step1000.safetensors). Relative Pfade gelten relativ zum Ordner der Studiendatei.",
  "检查点文件（.safetensors、.npz、.npy）或其所在文件夹，以 ';' 分隔；训练步数从每个文件名中读取（step1000.safetensors）。相对路径相对于研究文件所在的文件夹。")
t("Files...", "Dateien...", "文件...")
t("Choose checkpoint files", "Checkpoint-Dateien wählen", "选择检查点文件")
t("Checkpoints", "Checkpoints", "检查点")
t("Weight files (*.safetensors *.npz *.npy);;All files (*)", "Gewichtsdateien (*.safetensors *.npz *.npy);;Alle Dateien (*)",
  "权重文件 (*.safetensors *.npz *.npy);;所有文件 (*)")
t("Folder...", "Ordner...", "文件夹...")
t("Choose a folder of checkpoints", "Einen Ordner mit Checkpoints wählen", "选择检查点所在的文件夹")
t("Folder of checkpoints", "Ordner mit Checkpoints", "检查点文件夹")
t("Spectrum estimator: NeuroMFA as its official code (one-hop out-edges, the default), NeuroMFA on shortest paths, the textbook sandbox method, or NeuroDyn's normalised growth",
  "Spektrumschätzer: NeuroMFA wie im offiziellen Code (Ausgangskanten eines Schritts, Vorgabe), NeuroMFA auf kürzesten Wegen, die Sandbox-Methode des Lehrbuchs oder NeuroDyns normiertes Wachstum",
  "谱估计方法：官方代码的 NeuroMFA（单跳出边，默认）、基于最短路径的 NeuroMFA、教科书的沙盒法，或 NeuroDyn 的归一化增长")
t("s:", "s:", "s：")
t("Neurons sampled per layer (the official code: 32, or 64 in 2024)", "Je Schicht ausgewählte Neuronen (offizieller Code: 32, 2024 auch 64)",
  "每层抽样的神经元数（官方代码：32，2024 年为 64）")
t("R:", "R:", "R：")
t("Subnetworks per checkpoint (seeds first seed, first seed + 1, ...)", "Teilnetze je Checkpoint (Startwerte erster Startwert, erster Startwert + 1, ...)",
  "每个检查点的子网络数（种子为首个种子、首个种子 + 1、……）")
t("Seed of the first subnetwork; every checkpoint samples the same neurons", "Startwert des ersten Teilnetzes; jeder Checkpoint wählt dieselben Neuronen",
  "第一个子网络的种子；每个检查点抽取相同的神经元")
t("Scores:", "Ergebnisse:", "评测分数：")
t("Optional CSV of benchmark scores: the step first, one column per benchmark; E is drawn against them",
  "Optionale CSV mit Benchmark-Ergebnissen: zuerst der Schritt, eine Spalte je Benchmark; E wird gegen sie gezeichnet",
  "可选的基准分数 CSV：第一列为步数，每个基准一列；E 将与其对照绘制")
t("Choose...", "Wählen...", "选择...")
t("Choose the scores file", "Die Datei mit den Ergebnissen wählen", "选择分数文件")
t("Benchmark scores", "Benchmark-Ergebnisse", "基准分数")
t("CSV files (*.csv);;All files (*)", "CSV-Dateien (*.csv);;Alle Dateien (*)", "CSV 文件 (*.csv);;所有文件 (*)")
t("Spectra f(alpha), %1", "Spektren f(alpha), %1", "谱 f(alpha)，%1")
