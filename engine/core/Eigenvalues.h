#pragma once

// The engine's eigenvalue problems, compiled once (Eigenvalues.cpp): at -O3 each file that
// instantiated Eigen::EigenSolver itself paid about 20 s of compile time, and one that
// instantiated Eigen::SelfAdjointEigenSolver several seconds.
#include <Eigen/Core>

namespace hopfield {

/// The eigenvalues of a square real matrix, in Eigen::EigenSolver's order (real Schur form;
/// no eigenvectors).  They are exact for what the matrix holds; NaNs give NaNs.
Eigen::VectorXcd eigenvaluesOf(const Eigen::MatrixXd& matrix);

/// A symmetric matrix's eigenvalues, ascending, and (if asked for) orthonormal eigenvectors,
/// one column per eigenvalue: Eigen::SelfAdjointEigenSolver, which reads the lower triangle.
struct SymmetricEigen {
    Eigen::VectorXd values;
    Eigen::MatrixXd vectors; ///< empty unless asked for
};

SymmetricEigen symmetricEigen(const Eigen::MatrixXd& matrix, bool withVectors = false);

} // namespace hopfield
