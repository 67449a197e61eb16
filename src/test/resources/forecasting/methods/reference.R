# Reference values for the methods' unit tests (ThetaReferenceTest, CrostonReferenceTest).
# Run once from this directory:  Rscript reference.R   (R 4, forecast 8.20)
# Writes reference.txt, one record a line, fields separated by '|', numbers by ' ':
#   theta|name|seasonal(0/1)|alpha|history|mean|lower80|upper80       (thetaf, h = 18)
#   croston|name|alpha|history|mean                                     (croston, h = 6)
#   snaive|name|history|mean|lower80|upper80                            (snaive, h = 18)
suppressMessages(library(forecast))
stopifnot(packageVersion("forecast") == "8.20")
num <- function(x) paste(format(as.numeric(x), digits = 17, scientific = FALSE, trim = TRUE), collapse = " ")
out <- c()
real <- list(AirPassengers = AirPassengers, wineind = wineind, USAccDeaths = USAccDeaths, nottem = nottem,
             ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths, UKDriverDeaths = UKDriverDeaths)
for (name in names(real)) {
  y <- real[[name]]
  f <- thetaf(y, h = 18, level = 80)
  # thetaf's own test, repeated to record whether it adjusted the series
  n <- length(y); m <- frequency(y)
  r <- as.numeric(acf(y, lag.max = m, plot = FALSE)$acf)[-1]
  seasonal <- abs(r[m]) / sqrt((1 + 2 * sum(r[-m]^2)) / n) > qnorm(0.95)
  out <- c(out, paste("theta", name, as.integer(seasonal), num(f$model$alpha), num(y), num(f$mean),
                      num(f$lower[, 1]), num(f$upper[, 1]), sep = "|"))
  # a short one too: the last 30 months (2.5 seasons)
  s <- ts(tail(as.numeric(y), 30), frequency = 12)
  f <- thetaf(s, h = 18, level = 80)
  r <- as.numeric(acf(s, lag.max = 12, plot = FALSE)$acf)[-1]
  seasonal <- abs(r[12]) / sqrt((1 + 2 * sum(r[-12]^2)) / 30) > qnorm(0.95)
  out <- c(out, paste("theta", paste0(name, "-last30"), as.integer(seasonal), num(f$model$alpha), num(s),
                      num(f$mean), num(f$lower[, 1]), num(f$upper[, 1]), sep = "|"))
  g <- snaive(y, h = 18, level = 80)
  out <- c(out, paste("snaive", name, num(y), num(g$mean), num(g$lower[, 1]), num(g$upper[, 1]), sep = "|"))
}
# non-seasonal and short series for thetaf: 20 months with a trend, 12 months
set.seed(18)
trend20 <- ts(round(100 + 3 * (1:20) + rnorm(20, 0, 8)), frequency = 12)
f <- thetaf(trend20, h = 18, level = 80)
out <- c(out, paste("theta", "trend20", 0, num(f$model$alpha), num(trend20), num(f$mean), num(f$lower[, 1]),
                    num(f$upper[, 1]), sep = "|"))
flat12 <- ts(round(50 + rnorm(12, 0, 5)), frequency = 12)
f <- thetaf(flat12, h = 18, level = 80)
out <- c(out, paste("theta", "flat12", 0, num(f$model$alpha), num(flat12), num(f$mean), num(f$lower[, 1]),
                    num(f$upper[, 1]), sep = "|"))
# intermittent series for croston (fixed seed): demand in a month with probability p, size 1 + Poisson
set.seed(2026)
for (i in 1:10) {
  n <- sample(c(24, 36, 48, 60), 1)
  p <- runif(1, 0.15, 0.6)
  y <- rbinom(n, 1, p) * (1 + rpois(n, runif(1, 0.5, 20)))
  if (sum(y > 0) < 2) y[c(3, n - 2)] <- c(4, 7)
  for (alpha in c(0.1, 0.3)) {
    f <- croston(ts(y, frequency = 12), h = 6, alpha = alpha)
    out <- c(out, paste("croston", paste0("intermittent", i), num(alpha), num(y), num(f$mean), sep = "|"))
  }
}
writeLines(out, "reference.txt")
