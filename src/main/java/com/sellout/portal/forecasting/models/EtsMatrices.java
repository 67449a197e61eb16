package com.sellout.portal.forecasting.models;

import java.util.Arrays;

/**
 * The few dense matrix operations of the class-3 variance recursion, on plain arrays: the
 * matrices are at most 24 × 24 and built afresh each month of the horizon.
 */
final class Matrices {

	private Matrices() {
	}

	static double[][] filled(int rows, int cols, double value) {
		double[][] a = new double[rows][cols];
		for (double[] row : a) {
			Arrays.fill(row, value);
		}
		return a;
	}

	static double[][] mul(double[][] a, double[][] b) {
		int n = a.length;
		int k = b.length;
		int p = b[0].length;
		double[][] c = new double[n][p];
		for (int i = 0; i < n; i++) {
			for (int l = 0; l < k; l++) {
				double v = a[i][l];
				if (v == 0) {
					continue;
				}
				double[] bl = b[l];
				double[] ci = c[i];
				for (int j = 0; j < p; j++) {
					ci[j] += v * bl[j];
				}
			}
		}
		return c;
	}

	static double[][] add(double[][] a, double[][] b) {
		double[][] c = new double[a.length][a[0].length];
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[0].length; j++) {
				c[i][j] = a[i][j] + b[i][j];
			}
		}
		return c;
	}

	static double[][] scale(double[][] a, double s) {
		double[][] c = new double[a.length][a[0].length];
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[0].length; j++) {
				c[i][j] = a[i][j] * s;
			}
		}
		return c;
	}

	static double[][] transpose(double[][] a) {
		double[][] t = new double[a[0].length][a.length];
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[0].length; j++) {
				t[j][i] = a[i][j];
			}
		}
		return t;
	}

	static double[][] kron(double[][] a, double[][] b) {
		int rb = b.length;
		int cb = b[0].length;
		double[][] c = new double[a.length * rb][a[0].length * cb];
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[0].length; j++) {
				for (int k = 0; k < rb; k++) {
					for (int l = 0; l < cb; l++) {
						c[i * rb + k][j * cb + l] = a[i][j] * b[k][l];
					}
				}
			}
		}
		return c;
	}

}
