package org.yanhu.opendata.projects;

import jakarta.persistence.Entity;
import org.yanhu.opendata.api.quantity.PublishedUnit;

/** A unit as published (兆瓦) and how to reach its base unit (× 1 = MW), in this service's own table. */
@Entity
public class Unit extends PublishedUnit {
}
