# Prints N resident numbers (GB 11643: 17 digits and a check character), one per line.
BEGIN {
  split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " ")
  checks = "10X98765432"
  for (i = 0; i < n; i++) {
    first = sprintf("4108021970%07d", 1010000 + i)
    first = substr(first, 1, 17)
    sum = 0
    for (k = 1; k <= 17; k++) sum += substr(first, k, 1) * w[k]
    print first substr(checks, sum % 11 + 1, 1)
  }
}
