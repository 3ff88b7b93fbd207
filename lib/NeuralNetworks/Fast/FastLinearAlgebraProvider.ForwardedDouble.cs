using MathNet.Numerics.LinearAlgebra.Factorization;
using MathNet.Numerics.Providers.LinearAlgebra;
using Complex = System.Numerics.Complex;
using Complex32 = MathNet.Numerics.Complex32;

namespace NeuralNetworks.Fast;

/// <summary>
/// Every double operation but the two products, passed to MathNet's managed provider unchanged.
/// </summary>
internal sealed partial class FastLinearAlgebraProvider
{
    public void AddVectorToScaledVector(double[] y, double alpha, double[] x, double[] result) =>
        managed.AddVectorToScaledVector(y, alpha, x, result);
    public void ScaleArray(double alpha, double[] x, double[] result) =>
        managed.ScaleArray(alpha, x, result);
    public void ConjugateArray(double[] x, double[] result) => managed.ConjugateArray(x, result);
    public double DotProduct(double[] x, double[] y) => managed.DotProduct(x, y);
    public void AddArrays(double[] x, double[] y, double[] result) =>
        managed.AddArrays(x, y, result);
    public void SubtractArrays(double[] x, double[] y, double[] result) =>
        managed.SubtractArrays(x, y, result);
    public void PointWiseMultiplyArrays(double[] x, double[] y, double[] result) =>
        managed.PointWiseMultiplyArrays(x, y, result);
    public void PointWiseDivideArrays(double[] x, double[] y, double[] result) =>
        managed.PointWiseDivideArrays(x, y, result);
    public void PointWisePowerArrays(double[] x, double[] y, double[] result) =>
        managed.PointWisePowerArrays(x, y, result);
    public double MatrixNorm(Norm norm, int rows, int columns, double[] matrix) =>
        managed.MatrixNorm(norm, rows, columns, matrix);
    public void LUFactor(double[] data, int order, int[] ipiv) =>
        managed.LUFactor(data, order, ipiv);
    public void LUInverse(double[] a, int order) => managed.LUInverse(a, order);
    public void LUInverseFactored(double[] a, int order, int[] ipiv) =>
        managed.LUInverseFactored(a, order, ipiv);
    public void LUSolve(int columnsOfB, double[] a, int order, double[] b) =>
        managed.LUSolve(columnsOfB, a, order, b);
    public void LUSolveFactored(int columnsOfB, double[] a, int order, int[] ipiv, double[] b) =>
        managed.LUSolveFactored(columnsOfB, a, order, ipiv, b);
    public void CholeskyFactor(double[] a, int order) => managed.CholeskyFactor(a, order);
    public void CholeskySolve(double[] a, int orderA, double[] b, int columnsB) =>
        managed.CholeskySolve(a, orderA, b, columnsB);
    public void CholeskySolveFactored(double[] a, int orderA, double[] b, int columnsB) =>
        managed.CholeskySolveFactored(a, orderA, b, columnsB);
    public void QRFactor(double[] a, int rowsA, int columnsA, double[] q, double[] tau) =>
        managed.QRFactor(a, rowsA, columnsA, q, tau);
    public void ThinQRFactor(double[] a, int rowsA, int columnsA, double[] r, double[] tau) =>
        managed.ThinQRFactor(a, rowsA, columnsA, r, tau);
    public void QRSolve(double[] a, int rows, int columns, double[] b, int columnsB, double[] x,
        QRMethod method) =>
        managed.QRSolve(a, rows, columns, b, columnsB, x, method);
    public void QRSolveFactored(double[] q, double[] r, int rowsA, int columnsA, double[] tau,
        double[] b, int columnsB, double[] x, QRMethod method) =>
        managed.QRSolveFactored(q, r, rowsA, columnsA, tau, b, columnsB, x, method);
    public void SingularValueDecomposition(bool computeVectors,
        double[] a, int rowsA, int columnsA, double[] s, double[] u, double[] vt) =>
        managed.SingularValueDecomposition(computeVectors, a, rowsA, columnsA, s, u, vt);
    public void SvdSolve(double[] a, int rowsA, int columnsA,
        double[] b, int columnsB, double[] x) =>
        managed.SvdSolve(a, rowsA, columnsA, b, columnsB, x);
    public void SvdSolveFactored(int rowsA, int columnsA, double[] s, double[] u, double[] vt,
        double[] b, int columnsB, double[] x) =>
        managed.SvdSolveFactored(rowsA, columnsA, s, u, vt, b, columnsB, x);
    public void EigenDecomp(bool isSymmetric, int order, double[] matrix, double[] matrixEv,
        Complex[] vectorEv, double[] matrixD) =>
        managed.EigenDecomp(isSymmetric, order, matrix, matrixEv, vectorEv, matrixD);
}
