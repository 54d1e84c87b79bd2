package org.yanhu.opendata.projects.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the reviewed dataset comes from and whether it is loaded at start. */
@ConfigMapping(prefix = "dataset")
public interface DatasetConfig {

    /** Load the dataset files at start, through the bulk-import path. Loading twice changes nothing. */
    @WithDefault("true")
    boolean loadAtStart();

    /** The classpath folder that holds projects.yaml, pledges.yaml, sources.yaml and units.csv. */
    @WithDefault("dataset")
    String location();
}
