# The accuracy comparison for the closing note (AccuracyComparisonTest): every series holds out
# its last 12 months; R's ets, thetaf and auto.arima forecast them from the rest (default
# settings), each scored by MASE with the scale = the in-sample MAE of the seasonal naive
# forecast of the training part (m = 12; the naive one where that is 0).
# Run once from this directory:  Rscript accuracy.R   (R 4, forecast 8.20)
# Writes accuracy.txt, one series a line, fields separated by '|', numbers by ' ':
#   series|name|kind|train|test|ets MASE|thetaf MASE|auto.arima MASE|ets model|arima model
suppressMessages(library(forecast))
stopifnot(packageVersion("forecast") == "8.20")
num <- function(x) paste(format(as.numeric(x), digits = 17, scientific = FALSE, trim = TRUE), collapse = " ")
scale_of <- function(train) {
  s <- mean(abs(diff(as.numeric(train), lag = 12)))
  if (is.na(s) || s == 0) s <- mean(abs(diff(as.numeric(train))))
  s
}
mase <- function(fc, test, scale) mean(abs(as.numeric(fc) - as.numeric(test))) / scale
series <- list()
real <- list(AirPassengers = AirPassengers, wineind = wineind, USAccDeaths = USAccDeaths, nottem = nottem,
             ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths, UKDriverDeaths = UKDriverDeaths)
for (name in names(real)) series[[name]] <- list(kind = "real", y = as.numeric(real[[name]]))
# sell-out-like series, 36 months each (24 to fit, 12 to score), fixed seed
set.seed(1836)
t <- 1:36
for (i in 1:10) {   # seasonal: a level, a slight trend, a yearly season, noise
  level <- runif(1, 30, 600); amp <- runif(1, 0.15, 0.5); slope <- runif(1, -0.01, 0.02)
  phase <- runif(1, 0, 2 * pi); noise <- runif(1, 0.05, 0.15)
  y <- level * (1 + slope * t) * (1 + amp * sin(2 * pi * t / 12 + phase)) * (1 + rnorm(36, 0, noise))
  series[[paste0("seasonal", i)]] <- list(kind = "seasonal", y = pmax(0, round(y)))
}
for (i in 1:8) {    # smooth, no season: a level that drifts, sometimes a step
  level <- runif(1, 20, 400); slope <- runif(1, -0.015, 0.025); noise <- runif(1, 0.05, 0.2)
  step <- ifelse(runif(1) < 0.4, runif(1, -0.3, 0.3), 0)
  y <- level * (1 + slope * t) * (1 + step * (t > 18)) * (1 + rnorm(36, 0, noise))
  series[[paste0("smooth", i)]] <- list(kind = "smooth", y = pmax(0, round(y)))
}
for (i in 1:6) {    # erratic: every month, sizes vary a lot (gamma, CV around 1)
  mu <- runif(1, 10, 200)
  y <- rgamma(36, shape = runif(1, 0.8, 1.5), scale = mu)
  series[[paste0("erratic", i)]] <- list(kind = "erratic", y = pmax(1, round(y)))
}
for (i in 1:8) {    # intermittent: demand in a month with probability p, steady sizes
  p <- runif(1, 0.3, 0.65); size <- runif(1, 3, 30)
  y <- rbinom(36, 1, p) * round(size * (1 + rnorm(36, 0, 0.2)))
  y[1] <- round(size)
  series[[paste0("intermittent", i)]] <- list(kind = "intermittent", y = pmax(0, y))
}
for (i in 1:6) {    # lumpy: rare demand, sizes from a heavy tail
  p <- runif(1, 0.2, 0.5)
  y <- rbinom(36, 1, p) * round(rlnorm(36, log(runif(1, 5, 50)), 1))
  y[1] <- max(1, y[1]); y[2] <- round(runif(1, 1, 40))
  series[[paste0("lumpy", i)]] <- list(kind = "lumpy", y = y)
}
out <- c()
for (name in names(series)) {
  y <- series[[name]]$y
  n <- length(y)
  train <- ts(y[1:(n - 12)], frequency = 12)
  test <- y[(n - 11):n]
  s <- scale_of(train)
  e <- ets(train)
  fe <- forecast(e, h = 12)$mean
  ft <- thetaf(train, h = 12)$mean
  a <- auto.arima(train)
  fa <- forecast(a, h = 12)$mean
  out <- c(out, paste("series", name, series[[name]]$kind, num(train), num(test), num(mase(fe, test, s)),
                      num(mase(ft, test, s)), num(mase(fa, test, s)), e$method, gsub("\\|", "/", as.character(a)),
                      sep = "|"))
}
writeLines(out, "accuracy.txt")
