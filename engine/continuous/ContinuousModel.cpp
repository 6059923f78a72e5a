#include "continuous/ContinuousModel.h"

namespace hopfield {

Eigen::VectorXd ContinuousModel::field(const Eigen::VectorXd& u) const
{
    Eigen::VectorXd velocity(u.size());
    evaluateField(u, velocity);
    return velocity;
}

} // namespace hopfield
