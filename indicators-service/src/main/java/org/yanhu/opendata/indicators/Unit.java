package org.yanhu.opendata.indicators;

import jakarta.persistence.Entity;
import org.yanhu.opendata.api.quantity.PublishedUnit;

/** A unit as published (亿元) and how to reach its base unit (× 100000000 = CNY), in this service's own table. */
@Entity
public class Unit extends PublishedUnit {
}
