// Placeholder so the target builds; replaced as the layer lands.
import PlanModel
