package com.sellout.portal.mapping;

/**
 * What a distributor's table lists: sales (sell-out, each line a sale to a buyer on a
 * date) or stock (each line a product's balance at a warehouse). Its own type here
 * because the reports that have a kind are sell-out's, which reads tables through this
 * module; the kinds are named as the report kinds are.
 */
public enum TableKind {

	SELLOUT, STOCK

}
