using MathNet.Numerics.LinearAlgebra.Factorization;
using MathNet.Numerics.Providers.LinearAlgebra;
using Complex = System.Numerics.Complex;

namespace NeuralNetworks.Fast;

/// <summary>The float operations, all passed to MathNet's managed provider unchanged.</summary>
internal sealed partial class FastLinearAlgebraProvider
{
    public void AddVectorToScaledVector(float[] y, float alpha, float[] x, float[] result) =>
        managed.AddVectorToScaledVector(y, alpha, x, result);
    public void ScaleArray(float alpha, float[] x, float[] result) =>
        managed.ScaleArray(alpha, x, result);
    public void ConjugateArray(float[] x, float[] result) => managed.ConjugateArray(x, result);
    public float DotProduct(float[] x, float[] y) => managed.DotProduct(x, y);
    public void AddArrays(float[] x, float[] y, float[] result) => managed.AddArrays(x, y, result);
    public void SubtractArrays(float[] x, float[] y, float[] result) =>
        managed.SubtractArrays(x, y, result);
    public void PointWiseMultiplyArrays(float[] x, float[] y, float[] result) =>
        managed.PointWiseMultiplyArrays(x, y, result);
    public void PointWiseDivideArrays(float[] x, float[] y, float[] result) =>
        managed.PointWiseDivideArrays(x, y, result);
    public void PointWisePowerArrays(float[] x, float[] y, float[] result) =>
        managed.PointWisePowerArrays(x, y, result);
    public double MatrixNorm(Norm norm, int rows, int columns, float[] matrix) =>
        managed.MatrixNorm(norm, rows, columns, matrix);
    public void MatrixMultiply(float[] x, int rowsX, int columnsX,
        float[] y, int rowsY, int columnsY, float[] result) =>
        managed.MatrixMultiply(x, rowsX, columnsX, y, rowsY, columnsY, result);
    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, float alpha,
        float[] a, int rowsA, int columnsA, float[] b, int rowsB, int columnsB,
        float beta, float[] c) =>
        managed.MatrixMultiplyWithUpdate(transposeA, transposeB, alpha,
            a, rowsA, columnsA, b, rowsB, columnsB, beta, c);
    public void LUFactor(float[] data, int order, int[] ipiv) =>
        managed.LUFactor(data, order, ipiv);
    public void LUInverse(float[] a, int order) => managed.LUInverse(a, order);
    public void LUInverseFactored(float[] a, int order, int[] ipiv) =>
        managed.LUInverseFactored(a, order, ipiv);
    public void LUSolve(int columnsOfB, float[] a, int order, float[] b) =>
        managed.LUSolve(columnsOfB, a, order, b);
    public void LUSolveFactored(int columnsOfB, float[] a, int order, int[] ipiv, float[] b) =>
        managed.LUSolveFactored(columnsOfB, a, order, ipiv, b);
    public void CholeskyFactor(float[] a, int order) => managed.CholeskyFactor(a, order);
    public void CholeskySolve(float[] a, int orderA, float[] b, int columnsB) =>
        managed.CholeskySolve(a, orderA, b, columnsB);
    public void CholeskySolveFactored(float[] a, int orderA, float[] b, int columnsB) =>
        managed.CholeskySolveFactored(a, orderA, b, columnsB);
    public void QRFactor(float[] a, int rowsA, int columnsA, float[] q, float[] tau) =>
        managed.QRFactor(a, rowsA, columnsA, q, tau);
    public void ThinQRFactor(float[] a, int rowsA, int columnsA, float[] r, float[] tau) =>
        managed.ThinQRFactor(a, rowsA, columnsA, r, tau);
    public void QRSolve(float[] a, int rows, int columns, float[] b, int columnsB, float[] x,
        QRMethod method) =>
        managed.QRSolve(a, rows, columns, b, columnsB, x, method);
    public void QRSolveFactored(float[] q, float[] r, int rowsA, int columnsA, float[] tau,
        float[] b, int columnsB, float[] x, QRMethod method) =>
        managed.QRSolveFactored(q, r, rowsA, columnsA, tau, b, columnsB, x, method);
    public void SingularValueDecomposition(bool computeVectors,
        float[] a, int rowsA, int columnsA, float[] s, float[] u, float[] vt) =>
        managed.SingularValueDecomposition(computeVectors, a, rowsA, columnsA, s, u, vt);
    public void SvdSolve(float[] a, int rowsA, int columnsA, float[] b, int columnsB, float[] x) =>
        managed.SvdSolve(a, rowsA, columnsA, b, columnsB, x);
    public void SvdSolveFactored(int rowsA, int columnsA, float[] s, float[] u, float[] vt,
        float[] b, int columnsB, float[] x) =>
        managed.SvdSolveFactored(rowsA, columnsA, s, u, vt, b, columnsB, x);
    public void EigenDecomp(bool isSymmetric, int order, float[] matrix, float[] matrixEv,
        Complex[] vectorEv, float[] matrixD) =>
        managed.EigenDecomp(isSymmetric, order, matrix, matrixEv, vectorEv, matrixD);
}
