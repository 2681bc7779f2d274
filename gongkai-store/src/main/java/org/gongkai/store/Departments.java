package org.gongkai.store;

import java.util.Optional;

/** Departments (部门, 单位), each known by its budget unit code within its region. */
public interface Departments {

    StoredDepartment create(String regionCode, String code, String name, String nature);

    Optional<StoredDepartment> findByCode(String regionCode, String code);
}
