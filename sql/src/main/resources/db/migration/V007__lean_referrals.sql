-- Referrals in one lean table without secondary indexes, so that a million-row file loads at the speed of the
-- database's own bulk load (bench/RESULTS.md): every secondary index and the second table (one row per need) cost
-- more to maintain during an import than matching gained from them.
--
-- * A referral's needs become a bit set (need_mask): bit need_category.bit_position is set for each need it names.
--   Matching counts referrals per quarter × ward × bit set in one GROUP BY and splits the sets in memory.
-- * person_key keeps the first 128 bits of the HMAC-SHA256 (32 hex digits, ASCII, compared as bytes): enough to
--   tell a hundred million people apart without a collision in practice (HMAC-SHA-256-128, RFC 4868), half the bytes
--   to load and sort when distinct people are counted.
-- * No index but the primary key (source system + referral id), which keeps imports idempotent. Matching reads the
--   period's rows in a full scan; its two scans run side by side (docs/DEMAND.md).

ALTER TABLE need_category ADD COLUMN bit_position INT NULL;
UPDATE need_category SET bit_position = 0 WHERE code = 'HOUSING';
UPDATE need_category SET bit_position = 1 WHERE code = 'WELFARE_BENEFITS_DEBT';
UPDATE need_category SET bit_position = 2 WHERE code = 'SOCIAL_WELFARE_LEGAL_ADVICE';
UPDATE need_category SET bit_position = 3 WHERE code = 'LONELINESS_ISOLATION';
UPDATE need_category SET bit_position = 4 WHERE code = 'MENTAL_WELLBEING';
UPDATE need_category SET bit_position = 5 WHERE code = 'PHYSICAL_ACTIVITY';
UPDATE need_category SET bit_position = 6 WHERE code = 'ARTS_CREATIVITY';
UPDATE need_category SET bit_position = 7 WHERE code = 'EMPLOYMENT_SKILLS';
UPDATE need_category SET bit_position = 8 WHERE code = 'FOOD_FUEL_POVERTY';
UPDATE need_category SET bit_position = 9 WHERE code = 'CARERS_SUPPORT';
UPDATE need_category SET bit_position = 10 WHERE code = 'LTC_SELF_MANAGEMENT';
UPDATE need_category SET bit_position = 11 WHERE code = 'DIGITAL_INCLUSION';
-- A category added outside the migrations has no bit yet: this fails the migration rather than lose its referrals.
ALTER TABLE need_category MODIFY COLUMN bit_position INT NOT NULL;
ALTER TABLE need_category ADD CONSTRAINT uq_need_category_bit UNIQUE (bit_position);
ALTER TABLE need_category ADD CONSTRAINT ck_need_category_bit CHECK (bit_position BETWEEN 0 AND 62);

CREATE TABLE referral_v7 (
    source_system        VARCHAR(40)  NOT NULL,
    referral_ref         VARCHAR(64)  NOT NULL,
    referral_date        DATE         NOT NULL,
    quarter_start        DATE         NOT NULL,
    person_key           CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    person_key_kind      VARCHAR(10)  NOT NULL,
    age_band             VARCHAR(10)  NOT NULL,
    ward_code            CHAR(9)      NOT NULL,
    borough_code         CHAR(9)      NOT NULL,
    pcn_code             VARCHAR(20)  NULL,
    practice_code        VARCHAR(20)  NULL,
    referral_source      VARCHAR(30)  NOT NULL,
    setting              VARCHAR(60)  NULL,
    need_mask            BIGINT       NOT NULL,
    service_id           BIGINT       NULL,
    service_name         VARCHAR(200) NULL,
    outcome              VARCHAR(20)  NOT NULL,
    ons4_satisfied_before   TINYINT   NULL,
    ons4_satisfied_after    TINYINT   NULL,
    ons4_worthwhile_before  TINYINT   NULL,
    ons4_worthwhile_after   TINYINT   NULL,
    ons4_happy_before       TINYINT   NULL,
    ons4_happy_after        TINYINT   NULL,
    ons4_anxious_before     TINYINT   NULL,
    ons4_anxious_after      TINYINT   NULL,
    swemwbs_before       DECIMAL(5,2) NULL,
    swemwbs_after        DECIMAL(5,2) NULL,
    sessions_attended    INT          NULL,
    import_id            BIGINT       NOT NULL,
    PRIMARY KEY (source_system, referral_ref),
    CONSTRAINT ck_referral_needs CHECK (need_mask > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Referrals already stored keep their people (the same key, shortened) and their needs (the ';'-separated codes
-- turned into bits).
INSERT INTO referral_v7 (source_system, referral_ref, referral_date, quarter_start, person_key, person_key_kind,
        age_band, ward_code, borough_code, pcn_code, practice_code, referral_source, setting, need_mask, service_id,
        service_name, outcome, ons4_satisfied_before, ons4_satisfied_after, ons4_worthwhile_before,
        ons4_worthwhile_after, ons4_happy_before, ons4_happy_after, ons4_anxious_before, ons4_anxious_after,
        swemwbs_before, swemwbs_after, sessions_attended, import_id)
SELECT r.source_system, r.referral_ref, r.referral_date, r.quarter_start, LEFT(r.person_key, 32), r.person_key_kind,
        r.age_band, r.ward_code, r.borough_code, r.pcn_code, r.practice_code, r.referral_source, r.setting,
        (SELECT COALESCE(SUM(CAST(POWER(2, n.bit_position) AS DECIMAL(20,0))), 0) FROM need_category n
          WHERE LOCATE(CONCAT(';', n.code, ';'), CONCAT(';', r.needs, ';')) > 0),
        r.service_id, r.service_name, r.outcome, r.ons4_satisfied_before, r.ons4_satisfied_after,
        r.ons4_worthwhile_before, r.ons4_worthwhile_after, r.ons4_happy_before, r.ons4_happy_after,
        r.ons4_anxious_before, r.ons4_anxious_after, r.swemwbs_before, r.swemwbs_after, r.sessions_attended, r.import_id
  FROM referral r;

DROP TABLE referral_need;
DROP TABLE referral;
ALTER TABLE referral_v7 RENAME TO referral;
