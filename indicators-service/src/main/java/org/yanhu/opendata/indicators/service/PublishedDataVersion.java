package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.yanhu.opendata.api.caching.DataVersionTable;

/** This service's data version, in the data_version table of its first migration. */
@ApplicationScoped
public class PublishedDataVersion extends DataVersionTable {
}
