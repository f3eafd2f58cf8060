// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";

/// @title ShareToken: an initializable ERC-20 share implementation.
/// @notice One implementation, many tokens: deployed behind OpenZeppelin
/// BeaconProxy (its UpgradeableBeacon owned by the issuer) or as EIP-1167
/// clones from ShareFactory. It is also UUPS, as issuers' implementations
/// often are, so that tests can show what its upgrade function does (and
/// does not do) through each kind of proxy. Test-only.
contract ShareToken is Initializable, ERC20Upgradeable, OwnableUpgradeable, UUPSUpgradeable {
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up the token behind its proxy or clone, called once:
    /// supply to holder, owner may mint more.
    function initialize(
        string memory name_,
        string memory symbol_,
        address initialOwner,
        address holder,
        uint256 supply
    ) external initializer {
        __ERC20_init(name_, symbol_);
        __Ownable_init(initialOwner);
        _mint(holder, supply);
    }

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    function _authorizeUpgrade(address) internal view override onlyOwner {}
}
