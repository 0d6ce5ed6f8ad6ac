-- Rows valid for schema version 1, inserted before migrating to the newest schema.
INSERT INTO app_meta (key, value) VALUES ('seeded', 'v1');
INSERT INTO units (id, name, region_code) VALUES (1, '青禾县人民政府办公室', '339999');
INSERT INTO sites (id, kind, name, url, unit_id, site_code, is_portal)
    VALUES (1, 'website', '青禾县人民政府', 'http://www.qinghe.gov.cn/', 1, '3399990001', 1);
INSERT INTO sites (id, kind, platform, name, account_id, unit_id)
    VALUES (2, 'newmedia', '微信', '青禾发布', 'qinghefabu', 1);
