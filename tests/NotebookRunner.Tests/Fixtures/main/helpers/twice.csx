int Twice(int x) => 2 * x;
