#include "core/Eigenvalues.h"

#include <Eigen/Eigenvalues>

namespace hopfield {

Eigen::VectorXcd eigenvaluesOf(const Eigen::MatrixXd& matrix)
{
    return Eigen::EigenSolver<Eigen::MatrixXd>(matrix, false).eigenvalues();
}

SymmetricEigen symmetricEigen(const Eigen::MatrixXd& matrix, bool withVectors)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(
        matrix, withVectors ? Eigen::ComputeEigenvectors : Eigen::EigenvaluesOnly);
    SymmetricEigen result{solver.eigenvalues(), {}};
    if (withVectors)
        result.vectors = solver.eigenvectors();
    return result;
}

} // namespace hopfield
