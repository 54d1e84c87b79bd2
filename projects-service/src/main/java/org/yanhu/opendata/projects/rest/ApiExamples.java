package org.yanhu.opendata.projects.rest;

/** Example bodies for the OpenAPI document, taken from the published dataset. */
final class ApiExamples {

    static final String PROJECT_ID = "guangran-pv-150mw-phase1";

    static final String PROJECT_PAGE = """
            {"items":[{"id":"guangran-pv-150mw-phase1",
            "name":{"zh":"广燃150兆瓦光伏电站一期","en":"Guangran 150 MW Photovoltaic Power Station, Phase 1"},
            "sector":{"code":"energy.solar","label":{"zh":"光伏发电","en":"Solar power"},
            "group":{"code":"energy","label":{"zh":"能源","en":"Energy"}},"oc4ids":"energy.solar"},
            "status":{"code":"operational","label":{"zh":"已投用","en":"In operation"},"oc4ids":"maintenance"},
            "year":2025,"location":{"town":null,"towns":[],"region":{"code":"140802","label":{"zh":"盐湖区","en":"Yanhu District"}}},
            "has_metrics":true,"updated_on":"2025-12-29","revision":2,"link":"/api/v1/projects/guangran-pv-150mw-phase1"}],
            "page":{"limit":100,"next":null,"total":1}}""";

    static final String PROJECT = """
            {"id":"guangran-pv-150mw-phase1",
            "name":{"zh":"广燃150兆瓦光伏电站一期","en":"Guangran 150 MW Photovoltaic Power Station, Phase 1"},
            "description":{"zh":"广燃150兆瓦光伏电站一期于2025年投产达效。","en":"Phase 1 of the Guangran 150 MW solar plant, in production in 2025."},
            "sector":{"code":"energy.solar","label":{"zh":"光伏发电","en":"Solar power"},
            "group":{"code":"energy","label":{"zh":"能源","en":"Energy"}},"oc4ids":"energy.solar"},
            "status":{"code":"operational","label":{"zh":"已投用","en":"In operation"},"oc4ids":"maintenance"},
            "status_date":"2025-12-29","year":2025,
            "location":{"town":null,"towns":[],"region":{"code":"140802","label":{"zh":"盐湖区","en":"Yanhu District"}}},
            "metrics":[{"code":"capacity","value":150,"unit":{"code":"兆瓦","label":{"zh":"兆瓦","en":"megawatts"},
            "base_unit":"MW","multiplier":1},"base_value":150,"base_unit":"MW",
            "source":{"id":"004_006121198c1df0a0","title":{"zh":"非凡“十四五” 奋战新征程……","en":"An extraordinary 14th Five-Year Plan……"},
            "published_on":"2025-12-29","quote":"广燃150兆瓦光伏电站一期"},"shared_with":[]}],
            "timeline":[{"date":"2025-12-29","period":"2025",
            "status":{"code":"operational","label":{"zh":"已投用","en":"In operation"},"oc4ids":"maintenance"},
            "source":{"id":"004_006121198c1df0a0","title":{"zh":"非凡“十四五” 奋战新征程……","en":"An extraordinary 14th Five-Year Plan……"},
            "published_on":"2025-12-29","quote":"广燃150兆瓦光伏电站一期等65个产业项目投产达效"},"sequence":2}],
            "pledges":[],"updated_on":"2025-12-29","revision":2,
            "history":"/api/v1/projects/guangran-pv-150mw-phase1/history"}""";

    static final String HISTORY = """
            {"items":[{"id":"guangran-pv-150mw-phase1.r1","sequence":1,
            "kind":{"code":"registration","label":{"zh":"登记","en":"registration"}},"date":"2025-12-29","period":null,
            "status":null,"source":null,"changes":[{"field":"name.zh","from":null,"to":"广燃150兆瓦光伏电站一期"},
            {"field":"sector","from":null,"to":"energy.solar"},{"field":"year","from":null,"to":2025}],"metrics":[],
            "recorded_at":"2026-11-24T04:00:00Z","recorded_by":"dataset",
            "reason":"Reviewed dataset files loaded at start-up","current_status":false},
            {"id":"guangran-pv-150mw-phase1.r2","sequence":2,"kind":{"code":"status","label":{"zh":"状态","en":"status claim"}},
            "date":"2025-12-29","period":"2025",
            "status":{"code":"operational","label":{"zh":"已投用","en":"In operation"},"oc4ids":"maintenance"},
            "source":{"id":"004_006121198c1df0a0","title":{"zh":"非凡“十四五” 奋战新征程……","en":"An extraordinary 14th Five-Year Plan……"},
            "published_on":"2025-12-29","quote":"广燃150兆瓦光伏电站一期等65个产业项目投产达效"},"changes":[],"metrics":[],
            "recorded_at":"2026-11-24T04:00:00Z","recorded_by":"dataset",
            "reason":"Reviewed dataset files loaded at start-up","current_status":true}],
            "page":{"limit":100,"next":null,"total":2}}""";

    static final String STATS = """
            {"items":[{"dimension":"sector_group","code":"energy","label":{"zh":"能源","en":"Energy"},"count":12},
            {"dimension":"sector","code":"energy.solar","label":{"zh":"光伏发电","en":"Solar power"},"count":1},
            {"dimension":"status","code":"operational","label":{"zh":"已投用","en":"In operation"},"count":36},
            {"dimension":"year","code":"2025","label":{"zh":"2025年","en":"2025"},"count":80}],
            "page":{"limit":1000,"next":null,"total":4}}""";

    static final String NEW_PROJECT = """
            {"id":"yanhu-example-solar-farm","name":{"zh":"示例光伏电站","en":"Example solar farm"},
            "description":null,"sector":"energy.solar","town":"解州","year":2026,
            "releases":[{"source":"004_006121198c1df0a0","period":"2026","verb":"规划建设","status":"planned","quote":"规划建设示例光伏电站"}],
            "metrics":[],"reason":"Named in the 2026 plan"}""";

    static final String NEW_RELEASE = """
            {"source":"004_006121198c1df0a0","period":"2025","verb":"投产达效","status":"operational",
            "quote":"广燃150兆瓦光伏电站一期等65个产业项目投产达效","metrics":[],"reason":"Reported in the 2025 review"}""";

    static final String CORRECTION = """
            {"name":{"en":"Guangran 150 MW PV Power Station, Phase I"},"town":null,
            "reason":"Align the English name with the operator's"}""";

    static final String IMPORT = """
            {"reason":"Projects of the 2026 plan","units":[],"sources":[],
            "projects":[{"id":"yanhu-example-solar-farm","name":{"zh":"示例光伏电站","en":"Example solar farm"},
            "description":null,"sector":"energy.solar","town":null,"year":2026,
            "releases":[{"source":"004_006121198c1df0a0","period":"2026","verb":"规划建设","status":"planned","quote":"规划建设示例光伏电站"}],"metrics":[]}],
            "pledges":[],
            "withdrawals":[{"project":"east-buy-shanxi-livestream","withdrawn_on":"2026-12-01",
            "reason":{"zh":"与yanhu-haowu-products是同一句话。","en":"The same sentence as yanhu-haowu-products."},
            "merged_into":"yanhu-haowu-products"}]}""";

    static final String PLEDGE_PAGE = """
            {"items":[{"id":"2024-lp-01","year":2024,"number":1,"livelihood":true,
            "sector":{"code":"social.welfare","label":{"zh":"社会救助与福利","en":"Social welfare"},
            "group":{"code":"social","label":{"zh":"民生保障","en":"Social services"}},"oc4ids":"health"},
            "text":{"zh":"为70周岁以上的农村老年人和80周岁以上的城乡老年人发放高龄补贴。",
            "en":"Pay old-age allowances to rural residents aged 70+ and to all urban and rural residents aged 80+."},
            "source":{"id":"000_1861cacfb8655aea","title":{"zh":"全力打造宜居宜业宜游的“首善之区” 奋力谱写中国式现代化盐湖篇章","en":"Building a \\"model district\\" ..."},
            "published_on":"2024-02-23","quote":"为70周岁以上的农村老年人和80周岁以上的城乡老年人发放高龄补贴"},
            "targets":[{"code":"min_age_rural","comparator":{"code":"gte","label":{"zh":"以上/不低于","en":"at least"}},
            "value":70,"unit":{"code":"周岁","label":{"zh":"周岁","en":"years of age"},"base_unit":"year_of_age","multiplier":1},
            "base_value":70,"base_unit":"year_of_age"}],
            "projects":[{"id":"old-age-allowance","name":{"zh":"高龄补贴","en":"Old-age allowance"},
            "status":{"code":"planned","label":{"zh":"计划实施","en":"Planned"},"oc4ids":"identification"},
            "link":"/api/v1/projects/old-age-allowance"}],"outcomes":[],
            "status":{"code":"not_reported","label":{"zh":"未见报告","en":"not reported"}},"revision":1,
            "link":"/api/v1/pledges/2024-lp-01"}],"page":{"limit":100,"next":null,"total":1}}""";

    static final String SCORECARD = """
            {"items":[{"year":2024,"status":{"code":"met","label":{"zh":"已兑现","en":"met"}},"pledges":3,"livelihood_pledges":2,"by_evidence":{"stated":2,"inferred":1}},
            {"year":2024,"status":{"code":"not_reported","label":{"zh":"未见报告","en":"not reported"}},"pledges":65,"livelihood_pledges":6,"by_evidence":{"stated":0,"inferred":0}},
            {"year":2026,"status":{"code":"in_progress","label":{"zh":"进行中","en":"in progress"}},"pledges":33,"livelihood_pledges":0,"by_evidence":{"stated":0,"inferred":0}}],
            "page":{"limit":1000,"next":null,"total":3}}""";

    private ApiExamples() {
    }
}
