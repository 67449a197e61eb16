-- Issue 19: the reporting schema for tools that read PostgreSQL (DataLens, Visiology, Power BI's
-- PostgreSQL connector): the BI feed's sets as views, on the same read views the feed reads, so that
-- both show one definition of the figures. security_invoker: the reader's rights and the tables'
-- policies apply — for a reporting role the scope of reporting.role_scopes (db/migration/database/
-- V13_20), whatever it sets. Names are snake_case, null stays null (SQL tools group by it). A
-- reporting role reads these and nothing else: reporting.prepare() grants the views and the columns
-- beneath them to the reporting group.

-- The accepted lines of the active sell-out reports.
create view reporting.sellout_lines with (security_invoker = true) as
    select l.report_id, l.line_no, l.distributor_id, d.code as distributor_code, l.period, l.sale_date,
           l.document_no, l.client_inn, l.client_name, l.sku, coalesce(p.name, l.product_name) as product_name,
           p.group_id, l.region_code, l.client_segment as segment_code, l.quantity, l.unit, l.price_net,
           l.amount_net, coalesce(l.currency, 'RUB') as currency
      from sellout_report_lines l
      join distributor_directory d on d.id = l.distributor_id
      left join catalog_products p on p.sku = l.sku
     where l.report_status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS');

-- The analytics rollup: distributor × month × product × region × segment; amount_net in RUB, lines in
-- another currency counted in other_currency_lines (and in lines), as on the dashboards.
create view reporting.sellout_monthly with (security_invoker = true) as
    select m.period, m.distributor_id, d.code as distributor_code, m.sku, m.region_code,
           m.client_segment as segment_code, m.quantity, m.amount_net, m.lines, m.other_currency_lines
      from sales_monthly m join distributor_directory d on d.id = m.distributor_id;

-- Sales under the price floor (monitoring, never blocking).
create view reporting.price_deviations with (security_invoker = true) as
    select l.report_id, l.line_no, l.distributor_id, d.code as distributor_code, l.period, l.sale_date,
           l.client_inn, l.client_name, l.sku, l.region_code, l.client_segment as segment_code, l.quantity,
           l.price_net, l.floor_price, l.below_floor_pct,
           round((l.floor_price - l.price_net) * l.quantity, 2) as below_amount, l.amount_net
      from sellout_report_lines l join distributor_directory d on d.id = l.distributor_id
     where l.report_status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and l.below_floor_pct > 0
       and l.quantity > 0;

create view reporting.reports with (security_invoker = true) as
    select r.id as report_id, r.distributor_id, d.code as distributor_code, r.period, r.version, r.status,
           r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') as active, r.source, r.file_name, r.received_at,
           r.processed_at, r.changed_at, r.lines, r.accepted_lines, r.exceptions, r.deviations,
           r.accepted_quantity, r.accepted_amount_net, r.superseded_by, r.replaced_id
      from sellout_report_summaries r join distributor_directory d on d.id = r.distributor_id
     where r.kind = 'SELLOUT';

create view reporting.distributors with (security_invoker = true) as
    select id as distributor_id, code as distributor_code, name, active from distributor_directory;

-- The registry's clients without their contact persons: a distributor's role sees its own.
create view reporting.clients with (security_invoker = true) as
    select id as client_id, inn, kpp, ogrn, name, segment as segment_code, region_code, region_name, city, status,
           created_at, updated_at
      from client_directory;

create view reporting.client_distributors with (security_invoker = true) as
    select client_id, distributor_id, assigned_at from client_distributors;

create view reporting.products with (security_invoker = true) as
    select sku, name, group_id, unit, list_price, active from catalog_products;

create view reporting.product_groups with (security_invoker = true) as
    select id as group_id, parent_id, name, path from catalog_groups;

create view reporting.segments with (security_invoker = true) as
    select code as segment_code, name_ru, name_en, active, sort_order from client_segment_directory;

-- The subjects of the Russian Federation, as the product ships them (regions/ru-subjects.csv).
create view reporting.regions with (security_invoker = true) as
    select code as region_code, name from (values
        ('01', 'Республика Адыгея (Адыгея)'),
        ('02', 'Республика Башкортостан'),
        ('03', 'Республика Бурятия'),
        ('04', 'Республика Алтай'),
        ('05', 'Республика Дагестан'),
        ('06', 'Республика Ингушетия'),
        ('07', 'Кабардино-Балкарская Республика'),
        ('08', 'Республика Калмыкия'),
        ('09', 'Карачаево-Черкесская Республика'),
        ('10', 'Республика Карелия'),
        ('11', 'Республика Коми'),
        ('12', 'Республика Марий Эл'),
        ('13', 'Республика Мордовия'),
        ('14', 'Республика Саха (Якутия)'),
        ('15', 'Республика Северная Осетия - Алания'),
        ('16', 'Республика Татарстан (Татарстан)'),
        ('17', 'Республика Тыва'),
        ('18', 'Удмуртская Республика'),
        ('19', 'Республика Хакасия'),
        ('20', 'Чеченская Республика'),
        ('21', 'Чувашская Республика - Чувашия'),
        ('22', 'Алтайский край'),
        ('23', 'Краснодарский край'),
        ('24', 'Красноярский край'),
        ('25', 'Приморский край'),
        ('26', 'Ставропольский край'),
        ('27', 'Хабаровский край'),
        ('28', 'Амурская область'),
        ('29', 'Архангельская область'),
        ('30', 'Астраханская область'),
        ('31', 'Белгородская область'),
        ('32', 'Брянская область'),
        ('33', 'Владимирская область'),
        ('34', 'Волгоградская область'),
        ('35', 'Вологодская область'),
        ('36', 'Воронежская область'),
        ('37', 'Ивановская область'),
        ('38', 'Иркутская область'),
        ('39', 'Калининградская область'),
        ('40', 'Калужская область'),
        ('41', 'Камчатский край'),
        ('42', 'Кемеровская область - Кузбасс'),
        ('43', 'Кировская область'),
        ('44', 'Костромская область'),
        ('45', 'Курганская область'),
        ('46', 'Курская область'),
        ('47', 'Ленинградская область'),
        ('48', 'Липецкая область'),
        ('49', 'Магаданская область'),
        ('50', 'Московская область'),
        ('51', 'Мурманская область'),
        ('52', 'Нижегородская область'),
        ('53', 'Новгородская область'),
        ('54', 'Новосибирская область'),
        ('55', 'Омская область'),
        ('56', 'Оренбургская область'),
        ('57', 'Орловская область'),
        ('58', 'Пензенская область'),
        ('59', 'Пермский край'),
        ('60', 'Псковская область'),
        ('61', 'Ростовская область'),
        ('62', 'Рязанская область'),
        ('63', 'Самарская область'),
        ('64', 'Саратовская область'),
        ('65', 'Сахалинская область'),
        ('66', 'Свердловская область'),
        ('67', 'Смоленская область'),
        ('68', 'Тамбовская область'),
        ('69', 'Тверская область'),
        ('70', 'Томская область'),
        ('71', 'Тульская область'),
        ('72', 'Тюменская область'),
        ('73', 'Ульяновская область'),
        ('74', 'Челябинская область'),
        ('75', 'Забайкальский край'),
        ('76', 'Ярославская область'),
        ('77', 'г. Москва'),
        ('78', 'г. Санкт-Петербург'),
        ('79', 'Еврейская автономная область'),
        ('83', 'Ненецкий автономный округ'),
        ('86', 'Ханты-Мансийский автономный округ - Югра'),
        ('87', 'Чукотский автономный округ'),
        ('89', 'Ямало-Ненецкий автономный округ'),
        ('91', 'Республика Крым'),
        ('92', 'г. Севастополь'),
        ('90', 'Запорожская область'),
        ('93', 'Донецкая Народная Республика'),
        ('94', 'Луганская Народная Республика'),
        ('95', 'Херсонская область')
    ) as r(code, name);

-- Every month from the first reported one to the last reported or forecast one: a date table with
-- no holes.
create view reporting.periods with (security_invoker = true) as
    select m::date as period, extract(year from m)::int as year, extract(quarter from m)::int as quarter,
           extract(month from m)::int as month, to_char(m, 'YYYY-MM') as name,
           (m + interval '1 month' - interval '1 day')::date as last_day
      from generate_series((select min(period) from sellout_report_states
                             where kind = 'SELLOUT' and period is not null),
                           greatest((select max(period) from sellout_report_states
                                      where kind = 'SELLOUT' and period is not null),
                                    (select max(period) from forecast_months)),
                           interval '1 month') as m;

create view reporting.sell_in with (security_invoker = true) as
    select s.distributor_id, d.code as distributor_code, s.document_no, s.document_date,
           date_trunc('month', s.document_date)::date as period, s.line_no, s.sku, s.quantity, s.amount
      from sell_in_shipments s join distributor_directory d on d.id = s.distributor_id;

create view reporting.channel_inventory with (security_invoker = true) as
    select c.distributor_id, d.code as distributor_code, c.period, c.sku, c.opening, c.opening_source, c.sell_in,
           c.sell_out, c.calculated_closing, c.reported_closing, c.gap, c.gap_value, c.gap_percent,
           c.weekly_sell_out, c.weeks_of_supply, c.band, c.last_sale, c.stale_days, c.stale
      from channel_inventory_months c join distributor_directory d on d.id = c.distributor_id;

create view reporting.forecasts with (security_invoker = true) as
    select f.distributor_id, d.code as distributor_code, f.sku, f.period, f.quantity, f.lower80, f.upper80,
           f.made_in, f.method, f.demand_class, f.error as backtest_error, f.fitted_at
      from forecast_months f join distributor_directory d on d.id = f.distributor_id;

-- Nobody writes through them (the runtime role gets DML on new relations by default privileges only
-- in public; said anyway, for the simple views that would be updatable).
revoke insert, update, delete, truncate on all tables in schema reporting from ${app_role};

select reporting.prepare();
