/** 2-D test surfaces for the optimizer race: value, gradient and Hessian diagonal in closed form. */

export type Vec2 = [number, number];

export interface Surface {
  id: SurfaceId;
  label: string;
  formula: string;
  f: (x: number, y: number) => number;
  grad: (x: number, y: number) => Vec2;
  /** Diagonal of the Hessian (Sophia's curvature estimate uses it). */
  hessDiag: (x: number, y: number) => Vec2;
  x: [number, number];
  y: [number, number];
  start: Vec2;
  minimum: Vec2 | null;
  /** Contour levels spaced logarithmically (surfaces with a huge dynamic range) or linearly. */
  logLevels: boolean;
}

export const SURFACE_IDS = ["rosenbrock", "beale", "saddle", "quadratic"] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

const rosenbrock: Surface = {
  id: "rosenbrock",
  label: "Rosenbrock",
  formula: "f(x, y) = (1 − x)² + 100(y − x²)²; minimum 0 at (1, 1) at the end of a curved, flat-bottomed valley",
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  hessDiag: (x, y) => [2 - 400 * y + 1200 * x * x, 200],
  x: [-2, 2],
  y: [-1, 3],
  start: [-1.5, 2.5],
  minimum: [1, 1],
  logLevels: true,
};

const bealeTerms = (x: number, y: number) => [1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y ** 3] as const;
const beale: Surface = {
  id: "beale",
  label: "Beale",
  formula: "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²; minimum 0 at (3, 0.5)",
  f: (x, y) => bealeTerms(x, y).reduce((s, t) => s + t * t, 0),
  grad: (x, y) => {
    const [t1, t2, t3] = bealeTerms(x, y);
    return [2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y ** 3 - 1), 2 * t1 * x + 4 * t2 * x * y + 6 * t3 * x * y * y];
  },
  hessDiag: (x, y) => {
    const [, t2, t3] = bealeTerms(x, y);
    return [2 * (y - 1) ** 2 + 2 * (y * y - 1) ** 2 + 2 * (y ** 3 - 1) ** 2, 2 * x * x + 2 * (2 * x * y) ** 2 + 4 * t2 * x + 2 * (3 * x * y * y) ** 2 + 12 * t3 * x * y];
  },
  x: [-4.5, 4.5],
  y: [-4.5, 4.5],
  start: [1, 1.5],
  minimum: [3, 0.5],
  logLevels: true,
};

const saddle: Surface = {
  id: "saddle",
  label: "Saddle",
  formula: "f(x, y) = x² − y²; a saddle point at the origin, unbounded below along y",
  f: (x, y) => x * x - y * y,
  grad: (x, y) => [2 * x, -2 * y],
  hessDiag: () => [2, -2],
  x: [-2, 2],
  y: [-2, 2],
  start: [-1.8, 0.001],
  minimum: null,
  logLevels: false,
};

const quadratic: Surface = {
  id: "quadratic",
  label: "Ill-conditioned quadratic",
  formula: "f(x, y) = (x² + 25y²) / 2; condition number 25, minimum 0 at the origin",
  f: (x, y) => 0.5 * (x * x + 25 * y * y),
  grad: (x, y) => [x, 25 * y],
  hessDiag: () => [1, 25],
  x: [-2, 2],
  y: [-2, 2],
  start: [-1.8, 1.2],
  minimum: [0, 0],
  logLevels: false,
};

export const SURFACES: Record<SurfaceId, Surface> = { rosenbrock, beale, saddle, quadratic };
