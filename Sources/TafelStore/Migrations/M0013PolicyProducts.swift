/// Policy products (beleidsproducten, issue 12 part 5): a province's products in a domain with
/// the kind of task, the roles it plays, the consequences decided per subject and the
/// alliances they run through.
let m0013PolicyProducts = Migration(version: 13, name: "beleidsproducten") { _ in
    [
        createTable("policy_products", [
            "id TEXT PRIMARY KEY",
            "name TEXT NOT NULL",
            "owner_id TEXT REFERENCES organisations(id)",
            "task_id TEXT REFERENCES tasks(id)",
            "domain TEXT",
            "task_kind TEXT",
            "core_task INTEGER",
            "description TEXT",
            "decided_on TEXT",
            "document_id TEXT REFERENCES documents(id)",
            "confidentiality TEXT NOT NULL DEFAULT 'openbaar'",
        ]),
        "CREATE INDEX policy_products_confidentiality ON policy_products(confidentiality)",
        "CREATE INDEX policy_products_owner ON policy_products(owner_id)",
        "CREATE INDEX policy_products_task ON policy_products(task_id)",
        createTable("policy_product_roles", [
            "product_id TEXT NOT NULL REFERENCES policy_products(id) ON DELETE CASCADE",
            "role TEXT NOT NULL",
        ], constraints: ["PRIMARY KEY (product_id, role)"]),
        createTable("policy_product_consequences", [
            "product_id TEXT NOT NULL REFERENCES policy_products(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "subject TEXT NOT NULL",
            "consequence TEXT NOT NULL",
            "role TEXT",
            "effective_from TEXT",
            "note TEXT",
        ], constraints: ["PRIMARY KEY (product_id, position)"]),
        createTable("policy_product_collaborations", [
            "product_id TEXT NOT NULL REFERENCES policy_products(id) ON DELETE CASCADE",
            "position INTEGER NOT NULL",
            "collaboration_id TEXT NOT NULL REFERENCES collaborations(id)",
        ], constraints: ["PRIMARY KEY (product_id, position)"]),
        "CREATE INDEX policy_product_collaborations_collaboration ON policy_product_collaborations(collaboration_id)",
    ]
}
