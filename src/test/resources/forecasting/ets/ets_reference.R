# Reference values for the ETS tests (EtsReferenceTest): R's forecast::ets with its
# defaults on real series shipped with R and on generated sell-out-like series.
# Run from this directory:  Rscript ets_reference.R   (R 4, forecast 8.20)
# Writes series.csv (series, index, value), ets_models.csv (R's choice as "MAdM" for
# ETS(M,Ad,M), its criteria,
# parameters) and ets_forecasts.csv (R's point forecasts and 80 % bounds).
suppressPackageStartupMessages(library(forecast))
stopifnot(packageVersion("forecast") == "8.20")

series <- list(
  AirPassengers = list(y = AirPassengers, h = 24),
  wineind = list(y = wineind, h = 24),
  USAccDeaths = list(y = USAccDeaths, h = 24),
  nottem = list(y = nottem, h = 24),
  ldeaths = list(y = ldeaths, h = 24),
  mdeaths = list(y = mdeaths, h = 24),
  fdeaths = list(y = fdeaths, h = 24),
  UKDriverDeaths = list(y = UKDriverDeaths, h = 24),
  gas = list(y = window(gas, start = c(1980, 1)), h = 24),
  co2 = list(y = window(co2, start = c(1985, 1)), h = 24),
  UKgas = list(y = UKgas, h = 8),
  Nile = list(y = Nile, h = 10),
  wineind36 = list(y = ts(tail(wineind, 36), frequency = 12), h = 12),
  AirPassengers36 = list(y = ts(head(AirPassengers, 36), frequency = 12), h = 12),
  UKDriverDeaths36 = list(y = ts(tail(UKDriverDeaths, 36), frequency = 12), h = 12)
)

# Sell-out-like: 36 months, level, trend, season, noise (fixed seed).
set.seed(18)
month <- 1:36
gen <- function(level, slope, amp, noise, mult = FALSE) {
  season <- sin(2 * pi * month / 12) + 0.5 * cos(4 * pi * month / 12)
  base <- level + slope * month
  y <- if (mult) base * (1 + amp * season) * exp(rnorm(36, 0, noise))
       else base + amp * level * season + rnorm(36, 0, noise * level)
  ts(round(pmax(y, 1)), frequency = 12, start = c(2023, 1))
}
series$gen_trend_season <- list(y = gen(500, 6, 0.25, 0.06), h = 12)
series$gen_mult_season <- list(y = gen(200, 2, 0.4, 0.08, mult = TRUE), h = 12)
series$gen_flat_noisy <- list(y = gen(80, 0, 0.0, 0.25), h = 12)
series$gen_declining <- list(y = gen(1000, -12, 0.15, 0.05), h = 12)
series$gen_season_only <- list(y = gen(300, 0, 0.35, 0.05), h = 12)
series$gen_short30 <- list(y = ts(head(gen(400, 3, 0.3, 0.05), 30), frequency = 12, start = c(2023, 1)), h = 12)
# With zero months (additive models only), and with a net return (a negative month).
z <- gen(40, 0.3, 0.3, 0.3); z[c(4, 11, 17, 25, 30)] <- 0
series$gen_zeros <- list(y = z, h = 12)
z2 <- gen(120, 1, 0.2, 0.15); z2[c(7, 20)] <- 0; z2[14] <- -15
series$gen_zero_negative <- list(y = z2, h = 12)
# Twelve more, drawn: levels from 5 to 5,000, trends, seasons and noise of all sizes.
set.seed(1801)
for (k in 1:12) {
  y <- gen(round(exp(runif(1, log(5), log(5000)))), runif(1, -0.01, 0.01) * 100 * (k %% 3),
           runif(1, 0, 0.5), runif(1, 0.03, 0.3), mult = k %% 2 == 0)
  if (k %% 4 == 3) y[sample(36, 3)] <- 0
  series[[sprintf("gen_drawn%02d", k)]] <- list(y = y, h = 12)
}

models <- data.frame()
fc <- data.frame()
values <- data.frame()
for (name in names(series)) {
  y <- series[[name]]$y
  h <- series[[name]]$h
  fit <- ets(y)
  f <- forecast(fit, h = h, level = 80)
  par <- fit$par
  g <- function(p) if (is.na(par[p])) NA else unname(par[p])
  models <- rbind(models, data.frame(series = name, m = frequency(y), n = length(y), h = h,
    model = gsub("[ETS(),]", "", fit$method), aicc = fit$aicc, aic = fit$aic, bic = fit$bic, loglik = fit$loglik,
    sigma2 = fit$sigma2, alpha = g("alpha"), beta = g("beta"), gamma = g("gamma"), phi = g("phi")))
  fc <- rbind(fc, data.frame(series = name, step = 1:h, mean = as.numeric(f$mean),
    lower80 = as.numeric(f$lower[, 1]), upper80 = as.numeric(f$upper[, 1])))
  values <- rbind(values, data.frame(series = name, index = seq_along(y), value = as.numeric(y)))
}
options(digits = 15)
write.csv(values, "series.csv", row.names = FALSE)
write.csv(models, "ets_models.csv", row.names = FALSE)
write.csv(fc, "ets_forecasts.csv", row.names = FALSE)
print(models[, c("series", "n", "model", "aicc")])
