// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Identity: a minimal ONCHAINID for the fixture.
/// @notice An investor's on-chain identity contract, which a T-REX identity
/// registry names for each of the investor's wallets (identity(wallet)). It
/// keeps ERC-734 keys by purpose (1: management) and no claims: enough to be
/// a contract at the address the registry names, as an ONCHAINID is. The
/// wallet given at deployment is its management key.
contract Identity {
    /// ERC-734 events.
    event KeyAdded(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType);
    event KeyRemoved(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType);

    error NotManager(address account);

    uint256 private constant MANAGEMENT = 1;
    uint256 private constant ECDSA_KEY = 1;

    mapping(bytes32 => mapping(uint256 => bool)) private _purposes;

    constructor(address management) {
        bytes32 key = keccak256(abi.encode(management));
        _purposes[key][MANAGEMENT] = true;
        emit KeyAdded(key, MANAGEMENT, ECDSA_KEY);
    }

    /// @notice Whether key (keccak256 of the abi-encoded address) has the
    /// purpose; a management key has every purpose, as in ONCHAINID.
    function keyHasPurpose(bytes32 key, uint256 purpose) public view returns (bool) {
        return _purposes[key][MANAGEMENT] || _purposes[key][purpose];
    }

    /// @notice Gives key the purpose; management keys only.
    function addKey(bytes32 key, uint256 purpose, uint256 keyType) external returns (bool) {
        _onlyManager();
        _purposes[key][purpose] = true;
        emit KeyAdded(key, purpose, keyType);
        return true;
    }

    /// @notice Takes the purpose from key; management keys only.
    function removeKey(bytes32 key, uint256 purpose) external returns (bool) {
        _onlyManager();
        _purposes[key][purpose] = false;
        emit KeyRemoved(key, purpose, ECDSA_KEY);
        return true;
    }

    function _onlyManager() private view {
        if (!keyHasPurpose(keccak256(abi.encode(msg.sender)), MANAGEMENT)) {
            revert NotManager(msg.sender);
        }
    }
}
