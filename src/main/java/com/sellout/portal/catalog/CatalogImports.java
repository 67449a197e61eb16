package com.sellout.portal.catalog;

import com.sellout.portal.catalog.internal.FloorImporter;
import com.sellout.portal.catalog.internal.ProductImporter;
import com.sellout.portal.catalog.internal.SellInImporter;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of the catalog, of price floors and of sell-in from files, with their results.
 */
@Service
public class CatalogImports {

	private final ProductImporter products;

	private final FloorImporter floors;

	private final SellInImporter sellIn;

	private final ImportLog log;

	CatalogImports(ProductImporter products, FloorImporter floors, SellInImporter sellIn, ImportLog log) {
		this.products = products;
		this.floors = floors;
		this.sellIn = sellIn;
		this.log = log;
	}

	public ImportSummary importCatalog(String fileName, byte[] content) {
		Catalog.requireManufacturer();
		return products.importFile(fileName, content);
	}

	public ImportSummary importFloors(String fileName, byte[] content) {
		Catalog.requireManufacturer();
		return floors.importFile(fileName, content);
	}

	public ImportSummary importSellIn(String fileName, byte[] content) {
		Catalog.requireManufacturer();
		return sellIn.importFile(fileName, content);
	}

	@Transactional(readOnly = true)
	public ImportSummary get(long id) {
		return log.find(id).orElseThrow(NotFoundException::new);
	}

}
